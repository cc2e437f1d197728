package io.okrsdk.core;

/**
 * HTTP 5xx: the server failed. Idempotent requests were already retried within the retry budget.
 */
public class ServerErrorException extends OkrApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what the server answered
   */
  public ServerErrorException(ApiErrorDetails details) {
    super(details);
  }
}
