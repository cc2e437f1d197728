package io.okrsdk.core.internal.paging;

import io.okrsdk.core.OkrException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs one page request on an executor; waiting for it rethrows the request's own exception.
 * Cancelling interrupts the request's thread; the HTTP call itself is cancelled through the
 * iteration's {@link CallScope}.
 */
final class BackgroundFetch<T> {
  private final FutureTask<PageResult<T>> task;

  private BackgroundFetch(FutureTask<PageResult<T>> task) {
    this.task = task;
  }

  static <T> BackgroundFetch<T> start(Executor executor, Supplier<PageResult<T>> request) {
    FutureTask<PageResult<T>> task = new FutureTask<>(request::get);
    BackgroundFetch<T> fetch = new BackgroundFetch<>(task);
    try {
      executor.execute(task);
    } catch (RuntimeException rejected) {
      // A saturated or shut-down executor: fetch in line instead of failing the listing.
      task.run();
    }
    return fetch;
  }

  PageResult<T> await() {
    try {
      return task.get();
    } catch (InterruptedException e) {
      // The request goes on: the caller may wait for it again, and no page is lost meanwhile.
      Thread.currentThread().interrupt();
      throw new OkrException("interrupted while waiting for a page", e);
    } catch (ExecutionException e) {
      throw rethrow(e.getCause());
    } catch (CancellationException e) {
      throw new OkrException("page request was cancelled", e);
    }
  }

  /**
   * Waits until the request has ended or the time is up, whichever comes first.
   *
   * @return {@code true} when it has ended (or the wait was interrupted: {@link #await()} then says so)
   */
  boolean awaitDone(long millis) {
    try {
      task.get(millis, TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    } catch (ExecutionException | CancellationException e) {
      return true;
    }
  }

  /** Whether the request has ended (with a page, a failure or a cancellation). */
  boolean isDone() {
    return task.isDone();
  }

  void cancel() {
    task.cancel(true);
  }

  private static RuntimeException rethrow(Throwable cause) {
    Throwable failure = cause instanceof CompletionException && cause.getCause() != null ? cause.getCause() : cause;
    if (failure instanceof RuntimeException) {
      return (RuntimeException) failure;
    }
    if (failure instanceof Error) {
      throw (Error) failure;
    }
    return new OkrException("page request failed", failure);
  }

}
