package io.okrsdk.core.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** HTTP Basic authentication: {@code Authorization: Basic base64(username:password)}. */
public final class BasicAuth implements AuthScheme {
  private final String username;
  private final String headerValue;

  /**
   * Creates Basic credentials.
   *
   * @param username the user name; not blank
   * @param password the password or API key; not blank
   */
  public BasicAuth(String username, String password) {
    this.username = Secrets.requireText(username, "username");
    Secrets.requireText(password, "password");
    String pair = username + ":" + password;
    this.headerValue = "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public Map<String, String> headers() {
    return Map.of("Authorization", headerValue);
  }

  @Override
  public String describe() {
    return "BasicAuth{username=" + username + ", password=REDACTED}";
  }

  @Override
  public String toString() {
    return describe();
  }
}
