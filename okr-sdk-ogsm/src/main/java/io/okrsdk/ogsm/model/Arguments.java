package io.okrsdk.ogsm.model;

/** Checks of caller input, failing with {@link IllegalArgumentException} before anything is sent. */
final class Arguments {
  private Arguments() {}

  static long requireId(long id, String name) {
    if (id <= 0) {
      throw new IllegalArgumentException(name + " must be a positive id, was " + id);
    }
    return id;
  }

  static <T> T require(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " is required but was null");
    }
    return value;
  }
}
