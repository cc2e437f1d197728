package io.okrsdk.core;

/**
 * HTTP 429: too many requests. {@link #retryAfter()} tells how long to wait when the server said so.
 */
public class RateLimitedException extends OkrApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what the server answered
   */
  public RateLimitedException(ApiErrorDetails details) {
    super(details);
  }
}
