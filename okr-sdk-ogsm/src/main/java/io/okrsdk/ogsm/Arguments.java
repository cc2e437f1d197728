package io.okrsdk.ogsm;

/** Checks of caller input, failing with {@link IllegalArgumentException} before anything is sent. */
final class Arguments {
  private Arguments() {}

  static <T> T require(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " is required but was null");
    }
    return value;
  }
}
