package io.okrsdk.core;

/**
 * No usable response arrived: the connection could not be made or was dropped, or a timeout
 * expired. Thrown after the retry budget (for idempotent requests) is spent.
 *
 * <p>A write (POST or PATCH) that fails this way may or may not have reached the server; the SDK
 * never re-sends it, so the caller decides whether to check and repeat it.
 */
public class OkrNetworkException extends OkrException {
  private static final long serialVersionUID = 1L;

  /** The HTTP method. */
  private final String method;
  /** The redacted URL. */
  private final String url;

  /**
   * Creates a network exception.
   *
   * @param method the HTTP method of the failed request
   * @param url the request URL with secrets redacted
   * @param cause the I/O failure
   */
  public OkrNetworkException(String method, String url, Throwable cause) {
    super(method + " " + url + " failed without a response: " + describe(cause), cause);
    this.method = method;
    this.url = url;
  }

  /**
   * The HTTP method of the failed request.
   *
   * @return the method, such as {@code GET}
   */
  public String method() {
    return method;
  }

  /**
   * The URL of the failed request, with secrets redacted.
   *
   * @return the redacted URL
   */
  public String url() {
    return url;
  }

  private static String describe(Throwable cause) {
    String message = cause.getMessage();
    return cause.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
  }
}
