package io.okrsdk.core.internal.http;

import io.okrsdk.core.RequestFate;
import java.io.IOException;

/**
 * The I/O failure a call ends with, carrying what became of the request and how many attempts
 * were made, so that {@link ErrorMapper} can tell the caller. Its cause is the original failure.
 */
final class CallFailure extends IOException {
  private static final long serialVersionUID = 1L;

  final transient RequestFate fate;
  final int attempts;

  CallFailure(IOException cause, RequestFate fate, int attempts) {
    super(cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")"), cause);
    this.fate = fate;
    this.attempts = attempts;
  }

  /** The call failure in a chain of causes (OkHttp wraps it when the call timeout fires). */
  static CallFailure in(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof CallFailure) {
        return (CallFailure) t;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}
