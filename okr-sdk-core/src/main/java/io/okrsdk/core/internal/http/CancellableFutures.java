package io.okrsdk.core.internal.http;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** Future helpers that keep cancellation flowing back to the HTTP call. */
public final class CancellableFutures {
  private CancellableFutures() {}

  /**
   * Maps a call's future; cancelling the mapped future cancels the original one, and with it the
   * HTTP request ({@code thenApply} alone would not). A failure is passed on as the SDK's exception
   * itself, not wrapped in a {@code CompletionException}, so callbacks see what a synchronous call
   * would throw.
   *
   * @param source the call's future
   * @param mapping the transformation of a successful result
   * @param <A> the call's result type
   * @param <B> the mapped type
   * @return the mapped future
   */
  public static <A, B> CompletableFuture<B> map(CompletableFuture<A> source, Function<? super A, ? extends B> mapping) {
    CompletableFuture<B> mapped = new CompletableFuture<>();
    source.whenComplete(
        (value, failure) -> {
          if (failure != null) {
            mapped.completeExceptionally(failure);
            return;
          }
          try {
            mapped.complete(mapping.apply(value));
          } catch (RuntimeException | Error e) {
            mapped.completeExceptionally(e);
          }
        });
    mapped.whenComplete(
        (value, failure) -> {
          if (mapped.isCancelled()) {
            source.cancel(true);
          }
        });
    return mapped;
  }
}
