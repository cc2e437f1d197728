package io.okrsdk.testing.ogsm;

/**
 * A create request the fake OGSM server refuses, with the status to answer: 400 when the body is
 * not a JSON object holding the wrapper, 422 when the wrapped measurement is incomplete or invalid.
 */
public final class InvalidBodyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status to answer. */
  private final int status;

  /**
   * Creates the exception.
   *
   * @param status the HTTP status to answer, 400 or 422
   * @param message what is wrong, for the response body
   */
  public InvalidBodyException(int status, String message) {
    super(message);
    this.status = status;
  }

  /**
   * The HTTP status to answer.
   *
   * @return 400 or 422
   */
  public int status() {
    return status;
  }
}
