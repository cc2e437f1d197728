package io.okrsdk.core.internal.paging;

import io.okrsdk.core.internal.http.CallExecutor;
import retrofit2.Call;

/**
 * Ties the HTTP calls a page request makes to the iteration that asked for the page, so that
 * closing (or abandoning) a paging iterator cancels its calls in flight at once instead of leaving
 * a thread and a connection blocked until the answer or the read timeout. {@code
 * ClientRuntime.execute(...)} runs every call through {@link #execute(Call, CallExecutor)}; platform
 * code has no reason to call it.
 *
 * <p>Outside a page request (any ordinary call) it only runs the call.
 */
public final class PageCalls {
  // A thread-local rather than a parameter: the page request is the platform's lambda, which
  // knows nothing of the iteration; the iteration sets it on the thread that runs the lambda.
  private static final ThreadLocal<CallScope> CURRENT = new ThreadLocal<>();

  private PageCalls() {}

  /**
   * Runs {@code call} with {@code executor}; inside a page request the call is registered first,
   * so that closing the iteration cancels it, and refused at once when the iteration is closed.
   *
   * @param call the call about to be executed
   * @param executor what executes it (the client's call executor)
   * @param <T> the body type
   * @return what {@code executor} returned
   */
  public static <T> T execute(Call<T> call, CallExecutor executor) {
    CallScope scope = CURRENT.get();
    if (scope == null) {
      return executor.execute(call);
    }
    scope.register(call);
    try {
      return executor.execute(call);
    } finally {
      scope.unregister(call);
    }
  }

  /** Runs {@code request} on this thread with {@code scope} as the page request's scope. */
  static <R> R within(CallScope scope, java.util.function.Supplier<R> request) {
    CallScope previous = CURRENT.get();
    CURRENT.set(scope);
    try {
      return request.get();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }
}
