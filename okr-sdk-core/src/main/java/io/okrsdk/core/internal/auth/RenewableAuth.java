package io.okrsdk.core.internal.auth;

import io.okrsdk.core.OkrException;
import io.okrsdk.core.auth.AuthScheme;
import java.util.Map;

/**
 * An auth scheme whose credentials are obtained from the server on first use and obtained afresh
 * when the server refuses them, such as a token flow (username and password exchanged for a token).
 *
 * <p>The SDK's {@code RenewingAuthInterceptor} calls {@link #current()} before a request leaves
 * for the base URL's origin, and on a 401 answer calls {@link #refused(Map)} with what it used,
 * then {@link #current()} again, and repeats the request once. {@link #headers()} (read by the
 * network layer for every hop) only ever returns what is cached, never obtains anything.
 * Implementations are thread-safe and obtain credentials once however many threads ask at once.
 */
public interface RenewableAuth extends AuthScheme {
  /**
   * The credentials to send, obtained first when none are cached. Blocks while another thread
   * obtains them.
   *
   * @return the headers, never empty
   * @throws OkrException when the credentials cannot be obtained (the message names the setting
   *     to check, never a secret)
   */
  Map<String, String> current();

  /**
   * Tells the scheme that the server refused these headers (401): they are dropped unless newer
   * ones have replaced them meanwhile, so the next {@link #current()} obtains fresh ones once.
   *
   * @param sent the headers {@link #current()} returned for the refused request
   */
  void refused(Map<String, String> sent);
}
