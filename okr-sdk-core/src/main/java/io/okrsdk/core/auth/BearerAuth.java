package io.okrsdk.core.auth;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bearer token ({@code Authorization: Bearer <token>}) plus further headers the API requires on
 * every call, such as Gtmhub's {@code gtmhub-accountId}.
 */
public final class BearerAuth implements AuthScheme {
  private final Map<String, String> headers;
  private final String extraNames;

  /**
   * Creates bearer credentials.
   *
   * @param token the API token; not blank
   * @param extraHeaders further required headers (not secret), by name; may be empty
   */
  public BearerAuth(String token, Map<String, String> extraHeaders) {
    Secrets.requireText(token, "token");
    Map<String, String> all = new LinkedHashMap<>();
    all.put("Authorization", "Bearer " + token);
    extraHeaders.forEach((name, value) -> all.put(Secrets.requireText(name, "header name"), Secrets.requireText(value, name)));
    this.headers = Map.copyOf(all);
    this.extraNames = String.join(", ", extraHeaders.keySet());
  }

  @Override
  public Map<String, String> headers() {
    return headers;
  }

  @Override
  public String describe() {
    return "BearerAuth{token=REDACTED" + (extraNames.isEmpty() ? "" : ", headers=[" + extraNames + "]") + "}";
  }

  @Override
  public String toString() {
    return describe();
  }
}
