package io.okrsdk.core;

/**
 * No usable response arrived: the connection could not be made or was dropped, or a timeout
 * expired. Thrown after the retry budget (for idempotent requests) is spent, or at once when the
 * call's deadline leaves no time for another attempt.
 *
 * <p>{@link #fate()} says what became of the request: {@link RequestFate#NOT_SENT not sent} (safe
 * to repeat), {@link RequestFate#MAY_HAVE_BEEN_APPLIED may have been applied}, or {@link
 * RequestFate#APPLIED_ANSWER_LOST applied but the answer was lost}. The SDK never re-sends a write
 * that may have arrived, so the caller decides whether to check and repeat it.
 */
public class OkrNetworkException extends OkrException {
  private static final long serialVersionUID = 1L;

  /** The HTTP method. */
  private final String method;
  /** The redacted URL. */
  private final String url;
  /** What became of the request. */
  private final RequestFate fate;
  /** Attempts made. */
  private final int attempts;

  /**
   * Creates a network exception.
   *
   * @param method the HTTP method of the failed request
   * @param url the request URL with secrets redacted
   * @param fate what became of the (last) request
   * @param attempts how many attempts were made, at least 1
   * @param cause the I/O failure
   */
  public OkrNetworkException(String method, String url, RequestFate fate, int attempts, Throwable cause) {
    super(method + " " + url + " failed without a response"
        + (attempts > 1 ? " after " + attempts + " attempts" : "") + ": " + fate.description() + "; "
        + describe(cause), cause);
    this.method = method;
    this.url = url;
    this.fate = fate;
    this.attempts = Math.max(1, attempts);
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

  /**
   * What became of the last attempt: not sent, may have been applied, or applied with the answer
   * lost.
   *
   * @return the fate
   */
  public RequestFate fate() {
    return fate;
  }

  /**
   * How many attempts were made (the first one included).
   *
   * @return at least 1
   */
  public int attempts() {
    return attempts;
  }

  private static String describe(Throwable cause) {
    String message = cause.getMessage();
    // The class and message of an I/O failure; OkHttp's messages name hosts and states, not secrets.
    return cause.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
  }
}
