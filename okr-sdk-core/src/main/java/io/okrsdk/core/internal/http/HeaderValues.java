package io.okrsdk.core.internal.http;

/**
 * Checks that a header name or value can be carried by HTTP as given, so that a bad value fails
 * when it is configured rather than on every call (with OkHttp's message, which would quote it).
 * Messages name the setting and the offending position, never the value: it may be a secret.
 */
public final class HeaderValues {
  private static final String SEPARATORS = "\"(),/:;<=>?@[\\]{}";

  private HeaderValues() {}

  /**
   * Refuses a header value with a character headers cannot carry (anything but visible ASCII,
   * space and tab: line breaks, controls, a copy-pasted no-break or zero-width space) or with
   * leading or trailing whitespace, which OkHttp would silently trim.
   *
   * @param value the value; not {@code null}
   * @param setting what the value is, for the message (such as {@code "token"})
   * @return the value
   * @throws IllegalArgumentException when the value cannot be sent as given
   */
  public static String requireValue(String value, String setting) {
    if (value == null) {
      throw new IllegalArgumentException(setting + " is required but was null");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != '\t' && (c < 0x20 || c > 0x7e)) {
        throw new IllegalArgumentException(
            setting + " contains a character that cannot be sent in an HTTP header (U+"
                + String.format("%04X", (int) c) + " at index " + i + ")");
      }
    }
    if (!value.equals(value.trim())) {
      throw new IllegalArgumentException(setting + " must not start or end with whitespace");
    }
    return value;
  }

  /**
   * Refuses a header name that is not an RFC 9110 token.
   *
   * @param name the name; not {@code null}
   * @param setting what the name is, for the message
   * @return the name
   * @throws IllegalArgumentException when the name is empty or not a token
   */
  public static String requireName(String name, String setting) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException(setting + " is required but was " + (name == null ? "null" : "empty"));
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c <= 0x20 || c >= 0x7f || SEPARATORS.indexOf(c) >= 0) {
        throw new IllegalArgumentException(setting + " is not a valid HTTP header name (character at index " + i + ")");
      }
    }
    return name;
  }

  /**
   * Refuses a string that is not well-formed Unicode (a lone surrogate), which UTF-8 encoding
   * would silently turn into {@code ?}, so that another value than the given one is sent.
   *
   * @param value the value; not {@code null}
   * @param setting what the value is, for the message
   * @return the value
   * @throws IllegalArgumentException at the first lone surrogate
   */
  public static String requireWellFormedUnicode(String value, String setting) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException(setting + " is not well-formed Unicode (lone surrogate at index " + i + ")");
      }
    }
    return value;
  }
}
