package io.okrsdk.core.internal.http;

import java.io.IOException;

/** A pooled connection had been closed by the server before the request was written. */
final class StaleConnectionException extends IOException {
  private static final long serialVersionUID = 1L;

  StaleConnectionException() {
    super("pooled connection closed by the server before the request was written");
  }
}
