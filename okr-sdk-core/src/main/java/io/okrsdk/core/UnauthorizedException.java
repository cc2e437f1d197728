package io.okrsdk.core;

/**
 * HTTP 401: the credentials are missing, wrong or expired; also the refusal of a client's
 * username and password when it exchanges them for a token (whatever status the exchange got).
 */
public class UnauthorizedException extends OkrApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what the server answered
   */
  public UnauthorizedException(ApiErrorDetails details) {
    super(details);
  }

  /**
   * Creates the exception with a message that names what to check, such as the builder setting
   * whose credentials were refused when the client exchanged them for a token.
   *
   * @param message what went wrong, naming the setting; never a secret
   * @param details what the server answered
   */
  public UnauthorizedException(String message, ApiErrorDetails details) {
    super(message, details);
  }
}
