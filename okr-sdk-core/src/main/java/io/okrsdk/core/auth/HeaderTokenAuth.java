package io.okrsdk.core.auth;

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
   */
  public HeaderTokenAuth(String headerName, String token) {
    this.headerName = Secrets.requireText(headerName, "header name");
    this.headers = Map.of(headerName, Secrets.requireText(token, "token"));
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
