package io.okrsdk.core;

/**
 * HTTP 404: no such resource, or not visible to these credentials.
 */
public class NotFoundException extends OkrApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what the server answered
   */
  public NotFoundException(ApiErrorDetails details) {
    super(details);
  }
}
