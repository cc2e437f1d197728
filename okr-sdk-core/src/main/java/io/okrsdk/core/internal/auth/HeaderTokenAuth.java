package io.okrsdk.core.internal.auth;

import io.okrsdk.core.auth.AuthScheme;
import java.util.Map;

/** A token in a header of its own, such as OKR for Jira's {@code API-Token}. */
public final class HeaderTokenAuth implements AuthScheme {
  private final String headerName;
  private final Map<String, String> headers;

  /**
   * Creates header-token credentials.
   *
   * @param headerName the header that carries the token; not blank
   * @param token the token; not blank
   * @throws IllegalArgumentException naming the setting (never its value) when the token holds a
   *     character HTTP headers cannot carry or leading/trailing whitespace
   */
  public HeaderTokenAuth(String headerName, String token) {
    this.headerName = Secrets.requireHeaderName(headerName, "header name");
    this.headers = Map.of(headerName, Secrets.requireHeaderValue(token, "token"));
  }

  @Override
  public Map<String, String> headers() {
    return headers;
  }

  @Override
  public String describe() {
    return "HeaderTokenAuth{" + headerName + "=REDACTED}";
  }

  @Override
  public String toString() {
    return describe();
  }
}
