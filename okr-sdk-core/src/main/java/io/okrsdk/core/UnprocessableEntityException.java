package io.okrsdk.core;

/**
 * HTTP 422: the request was well-formed but its content was refused.
 */
public class UnprocessableEntityException extends OkrApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what the server answered
   */
  public UnprocessableEntityException(ApiErrorDetails details) {
    super(details);
  }
}
