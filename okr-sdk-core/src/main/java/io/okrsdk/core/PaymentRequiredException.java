package io.okrsdk.core;

/**
 * HTTP 402: the account's plan does not include this feature.
 */
public class PaymentRequiredException extends OkrApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what the server answered
   */
  public PaymentRequiredException(ApiErrorDetails details) {
    super(details);
  }
}
