package io.okrsdk.core;

/**
 * Root of every exception thrown by okr-sdk clients.
 *
 * <p>All SDK exceptions are unchecked. A client call either returns its typed result or throws a
 * subclass of this type: {@link OkrApiException} when the server answered with an error status,
 * {@link OkrNetworkException} when no usable response arrived, and {@link OkrDecodingException} when
 * the response body was not in the documented shape. Invalid arguments (a null or blank id, for
 * example) are refused with {@link IllegalArgumentException} before any request is sent.
 *
 * <p>Messages never contain credentials.
 */
public class OkrException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, without secrets
   */
  public OkrException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong, without secrets
   * @param cause the underlying failure
   */
  public OkrException(String message, Throwable cause) {
    super(message, cause);
  }
}
