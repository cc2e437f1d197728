package io.okrsdk.testing.gtmhub;

/** Hands out deterministic 24-hex-digit ids shaped like the service's ids. Not thread-safe on its own. */
final class ObjectIds {
  private static final String PREFIX = "65f1c0de";
  private long next = 1;

  String next() {
    return String.format("%s%016x", PREFIX, next++);
  }
}
