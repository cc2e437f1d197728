package io.okrsdk.core.internal.auth;

import io.okrsdk.core.internal.http.HeaderValues;

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
    requireWellFormed(value, setting);
    return value;
  }

  /**
   * Checks a credential sent as a header value: {@link #requireText} plus what a header can carry.
   *
   * @param value the credential
   * @param setting the name the caller wrote for it
   * @return the value
   * @throws IllegalArgumentException naming the setting (never the value) when it cannot be sent
   */
  public static String requireHeaderValue(String value, String setting) {
    return HeaderValues.requireValue(requireText(value, setting), setting);
  }

  static String requireHeaderName(String name, String setting) {
    return HeaderValues.requireName(requireText(name, setting), setting);
  }

  /** Refuses lone surrogates, which UTF-8 would silently turn into {@code ?}. */
  static void requireWellFormed(String value, String setting) {
    HeaderValues.requireWellFormedUnicode(value, setting);
  }
}
