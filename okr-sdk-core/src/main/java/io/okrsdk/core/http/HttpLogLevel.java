package io.okrsdk.core.http;

/** How much of each HTTP exchange the SDK logs through {@code System.Logger} "io.okrsdk.http". */
public enum HttpLogLevel {
  /** Nothing (the default). */
  NONE,
  /** Method, redacted URL, status and time taken. */
  BASIC,
  /** BASIC plus headers; credential headers redacted. */
  HEADERS,
  /** HEADERS plus the first 16 KiB of each body; secret-looking JSON fields redacted. */
  BODY
}
