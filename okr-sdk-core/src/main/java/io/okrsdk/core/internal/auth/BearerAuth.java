package io.okrsdk.core.internal.auth;

import io.okrsdk.core.auth.AuthScheme;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A bearer token ({@code Authorization: Bearer <token>}) plus further headers the API requires on
 * every call, such as Gtmhub's {@code gtmhub-accountId}.
 */
public final class BearerAuth implements AuthScheme {
  private final Map<String, String> headers;
  private final String extraNames;
  private final String token;

  /**
   * Creates bearer credentials.
   *
   * @param token the API token; not blank
   * @param extraHeaders further required headers (not secret), by name; may be empty
   * @throws IllegalArgumentException naming the setting (never its value) when a token or header
   *     value holds a character HTTP headers cannot carry (line breaks, controls, non-ASCII such as
   *     a copy-pasted no-break space) or leading/trailing whitespace
   */
  public BearerAuth(String token, Map<String, String> extraHeaders) {
    this.token = Secrets.requireHeaderValue(token, "token");
    Map<String, String> all = new LinkedHashMap<>();
    all.put("Authorization", "Bearer " + token);
    for (Map.Entry<String, String> header : extraHeaders.entrySet()) {
      String name = header.getKey();
      all.put(Secrets.requireHeaderName(name, "header name"), Secrets.requireHeaderValue(header.getValue(), name));
    }
    this.headers = Map.copyOf(all);
    this.extraNames = String.join(", ", extraHeaders.keySet());
  }

  @Override
  public Map<String, String> headers() {
    return headers;
  }

  /** The token and its header value; the further headers (such as an account id) are not secret. */
  @Override
  public Set<String> secrets() {
    return Set.of(token, "Bearer " + token);
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
