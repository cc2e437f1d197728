package io.okrsdk.core;

/**
 * HTTP 409: the request conflicts with the resource's current state.
 */
public class ConflictException extends OkrApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what the server answered
   */
  public ConflictException(ApiErrorDetails details) {
    super(details);
  }
}
