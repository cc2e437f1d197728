package io.okrsdk.core;

/**
 * HTTP 400: the server refused the request as malformed (for OKR for Jira also a missing API token).
 */
public class BadRequestException extends OkrApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what the server answered
   */
  public BadRequestException(ApiErrorDetails details) {
    super(details);
  }
}
