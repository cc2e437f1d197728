package io.okrsdk.core.internal.http;

/**
 * What one attempt of a call got to, as a request tag shared by {@link RetryInterceptor} (which
 * decides about the next attempt) and {@link ConnectionCheckInterceptor} (which sees the
 * connection). Written and read on the call's thread.
 */
final class Attempt {
  /** The request reached a connection and was handed on to be written. */
  volatile boolean handedToConnection;
  /** The pooled connection had been closed by the server; nothing was written. */
  volatile boolean staleConnection;
}
