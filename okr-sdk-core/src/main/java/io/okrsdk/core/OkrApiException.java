package io.okrsdk.core;

import java.time.Duration;
import java.util.Optional;

/**
 * The server answered with an error status. A subclass per status tells the common cases apart
 * ({@link NotFoundException}, {@link RateLimitedException}, {@link ServerErrorException}, ...), so
 * callers can catch exactly what they handle.
 *
 * <p>The message holds the method, the URL (secrets redacted), the status and the start of the
 * error body; never a credential.
 */
public class OkrApiException extends OkrException {
  private static final long serialVersionUID = 1L;

  /** How many characters of the error body are kept at most. */
  public static final int MAX_BODY_EXCERPT = 2048;

  /** What the server answered; the accessors below read it. */
  private final ApiErrorDetails details;

  /**
   * Creates an API exception.
   *
   * @param details what the server answered
   */
  public OkrApiException(ApiErrorDetails details) {
    super(details.describe());
    this.details = details;
  }

  /**
   * Creates an API exception whose message says more than the answer itself, such as which
   * setting to check; the message must hold no secret.
   *
   * @param message what went wrong, for the caller
   * @param details what the server answered
   */
  protected OkrApiException(String message, ApiErrorDetails details) {
    super(message);
    this.details = details;
  }

  /**
   * Everything the server answered, as one value (the accessors of this exception read it).
   *
   * @return the details
   */
  public ApiErrorDetails details() {
    return details;
  }

  /**
   * How many attempts the call made; this answer came from the last one.
   *
   * @return at least 1
   */
  public int attempts() {
    return details.attempts();
  }

  /**
   * The HTTP status code.
   *
   * @return the status, such as 404
   */
  public int statusCode() {
    return details.statusCode();
  }

  /**
   * The HTTP method of the failed request.
   *
   * @return the method, such as {@code GET}
   */
  public String method() {
    return details.method();
  }

  /**
   * The request URL with secrets redacted.
   *
   * @return the redacted URL
   */
  public String url() {
    return details.url();
  }

  /**
   * The start of the error body, at most {@link #MAX_BODY_EXCERPT} characters.
   *
   * @return the excerpt, empty when the server sent no body
   */
  public String errorBody() {
    return details.errorBody();
  }

  /**
   * The request id the server reported in a header such as {@code X-Request-Id}, for support
   * tickets.
   *
   * @return the id, when the server sent one
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(details.requestId());
  }

  /**
   * How long the server asked the caller to wait, from a {@code Retry-After} header in seconds or
   * as an HTTP date.
   *
   * @return the wait, when the server sent one
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(details.retryAfter());
  }
}
