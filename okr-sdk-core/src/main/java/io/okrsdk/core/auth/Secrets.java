package io.okrsdk.core.auth;

import io.okrsdk.core.http.HeaderValues;

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
    requireWellFormed(value, setting);
    return value;
  }

  static String requireHeaderValue(String value, String setting) {
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
