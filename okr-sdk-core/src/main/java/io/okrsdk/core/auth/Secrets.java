package io.okrsdk.core.auth;

/** Checks shared by the auth schemes; messages name the setting, never its value. */
final class Secrets {
  private Secrets() {}

  static String requireText(String value, String setting) {
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
