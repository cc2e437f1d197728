package io.okrsdk.ogsm;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Maps the result of an async call while keeping the failure as the SDK's exception itself (not
 * wrapped in a {@code CompletionException}), and passes a cancellation on to the HTTP call.
 */
final class AsyncResults {
  private AsyncResults() {}

  static <T, R> CompletableFuture<R> map(CompletableFuture<T> source, Function<? super T, ? extends R> mapper) {
    CompletableFuture<R> result = new CompletableFuture<>();
    source.whenComplete(
        (value, failure) -> {
          if (failure != null) {
            result.completeExceptionally(failure);
            return;
          }
          try {
            result.complete(mapper.apply(value));
          } catch (RuntimeException e) {
            result.completeExceptionally(e);
          }
        });
    result.whenComplete(
        (value, failure) -> {
          if (result.isCancelled()) {
            source.cancel(true);
          }
        });
    return result;
  }
}
