package io.okrsdk.core;

/**
 * Any other unsuccessful HTTP status (for example 405 or 410).
 */
public class UnexpectedStatusException extends OkrApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what the server answered
   */
  public UnexpectedStatusException(ApiErrorDetails details) {
    super(details);
  }
}
