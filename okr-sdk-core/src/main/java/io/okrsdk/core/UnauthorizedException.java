package io.okrsdk.core;

/**
 * HTTP 401: the credentials are missing, wrong or expired.
 */
public class UnauthorizedException extends OkrApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what the server answered
   */
  public UnauthorizedException(ApiErrorDetails details) {
    super(details);
  }
}
