package io.okrsdk.perform;

import io.okrsdk.core.OkrDecodingException;
import io.okrsdk.core.http.CancellableFutures;
import java.util.concurrent.CompletableFuture;

/** Checks on response bodies, for sync and async calls alike. */
final class Bodies {
  private Bodies() {}

  /** Refuses a {@code null} body (the JSON document {@code null}) where the API promises an object. */
  static <T> T require(T body, String what) {
    if (body == null) {
      throw new OkrDecodingException("Expected " + what + " but the response body was null", "$", null);
    }
    return body;
  }

  /** {@link #require} for an async call, keeping cancellation: cancelling the result cancels the call. */
  static <T> CompletableFuture<T> requireAsync(CompletableFuture<T> call, String what) {
    return CancellableFutures.map(call, body -> require(body, what));
  }

}
