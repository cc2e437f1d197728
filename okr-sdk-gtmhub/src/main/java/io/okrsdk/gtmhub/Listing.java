package io.okrsdk.gtmhub;

import io.okrsdk.core.internal.PathSegments;

/** Checks shared by the services' page requests and id arguments. */
final class Listing {
  private Listing() {}

  /** Fails with {@link IllegalArgumentException} on a negative skip or a page size below 1. */
  static void checkWindow(long skip, int size, String sizeName) {
    if (skip < 0) {
      throw new IllegalArgumentException("skip must be 0 or more, was " + skip);
    }
    if (size < 1) {
      throw new IllegalArgumentException(sizeName + " must be at least 1, was " + size);
    }
  }

  /** A non-blank id, encoded as one path segment. */
  static String id(String id, String name) {
    return PathSegments.encode(id, name);
  }
}
