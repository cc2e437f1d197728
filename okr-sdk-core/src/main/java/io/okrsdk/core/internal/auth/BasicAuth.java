package io.okrsdk.core.internal.auth;

import io.okrsdk.core.auth.AuthScheme;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** HTTP Basic authentication: {@code Authorization: Basic base64(username:password)}. */
public final class BasicAuth implements AuthScheme {
  private final String username;
  private final String headerValue;
  private final Set<String> secrets;

  /**
   * Creates Basic credentials.
   *
   * @param username the user name; not blank, no {@code :}, no line breaks, well-formed Unicode
   * @param password the password or API key; not blank, no line breaks, well-formed Unicode
   * @throws IllegalArgumentException naming the setting (never its value) when a value cannot be
   *     sent as given
   */
  public BasicAuth(String username, String password) {
    this.username = Secrets.requireText(username, "username");
    if (username.indexOf(':') >= 0) {
      // RFC 7617: the server splits user-id and password at the first colon.
      throw new IllegalArgumentException("username must not contain ':' (RFC 7617)");
    }
    Secrets.requireText(password, "password");
    String pair = username + ":" + password;
    String encoded = Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    this.headerValue = "Basic " + encoded;
    // The password alone, the pair, and its Basic encoding (also without base64 padding).
    this.secrets = Set.copyOf(new LinkedHashSet<>(List.of(password, pair, encoded, headerValue, encoded.replace("=", ""))));
  }

  @Override
  public Set<String> secrets() {
    return secrets;
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
