package io.okrsdk.core.auth;

import java.util.Map;
import java.util.Set;

/**
 * How a client proves who it is: the headers it adds to every request bound for the configured
 * base URL's host.
 *
 * <p>The SDK adds these headers only to requests for the base URL's scheme, host and port. A
 * request anywhere else (an absolute {@code next} link, a redirect) goes without them, and any copy
 * a redirect carried over is removed. Implementations keep their secrets out of {@code toString()}.
 */
public interface AuthScheme {

  /**
   * The headers to add to a request for the configured host.
   *
   * @return header names and values; never {@code null}
   */
  Map<String, String> headers();

  /**
   * A description for logs and {@code toString()} that names the scheme without its secrets.
   *
   * @return the redacted description
   */
  String describe();

  /**
   * The secret values of these credentials in every form a server might echo them (the raw
   * password or token, the header value, the Basic-encoded pair), so that the SDK masks them
   * wherever they appear in an error excerpt or a log line. The default returns the header values.
   *
   * @return the values to mask; never {@code null}
   */
  default Set<String> secrets() {
    return Set.copyOf(headers().values());
  }
}
