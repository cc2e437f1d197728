package io.okrsdk.core;

/**
 * HTTP 423: the item is locked (for example a Gtmhub goal under approval).
 */
public class LockedException extends OkrApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what the server answered
   */
  public LockedException(ApiErrorDetails details) {
    super(details);
  }
}
