package io.okrsdk.core.auth;

/**
 * The check every credential passes before use, shared by the auth schemes and the client
 * builders. Messages name the setting the caller wrote (such as {@code apiKey}), never its value.
 */
public final class Secrets {
  private Secrets() {}

  /**
   * Checks a credential.
   *
   * @param value the credential
   * @param setting the name the caller wrote for it, such as {@code apiKey} or {@code password}
   * @return the value
   * @throws IllegalArgumentException when the value is null, blank or holds a line break
   */
  public static String requireText(String value, String setting) {
    if (value == null) {
      throw new IllegalArgumentException(setting + " is required but was null");
    }
    if (value.trim().isEmpty()) {
      throw new IllegalArgumentException(setting + " is required but was blank");
    }
    if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
      throw new IllegalArgumentException(setting + " must not contain line breaks");
    }
    return value;
  }
}
