package io.okrsdk.core;

/**
 * HTTP 403: the credentials are valid but not allowed to do this.
 */
public class ForbiddenException extends OkrApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what the server answered
   */
  public ForbiddenException(ApiErrorDetails details) {
    super(details);
  }
}
