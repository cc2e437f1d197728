package io.okrsdk.perform;

import io.okrsdk.core.internal.Checks;
import io.okrsdk.core.internal.ClientRuntime;
import io.okrsdk.core.internal.paging.PageResult;
import io.okrsdk.core.paging.PagedIterable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import retrofit2.Call;

/**
 * What every filtered Perform listing shares (check-ins, users, recognition, conversations, plans,
 * templates, a question's responses; goals and questions, which have no filters): the {@code {count, next, previous, results}} envelope walked by {@code limit}/{@code
 * offset} and {@code next} links in the client's paging mode, and the checks of one page's window.
 * The public services keep their typed methods and delegate here, so the listing rules exist once.
 *
 * @param <Q> the query type
 * @param <T> the item type
 * @param <P> the page envelope type
 */
final class EnvelopeListing<Q, T, P> {
  /** The query of a listing that has no filters (goals, questions). */
  enum Unfiltered {
    ALL
  }

  /** The Retrofit call of one window of the listing, with the query's filters. */
  interface Window<Q, P> {
    Call<P> call(Q query, int limit, long offset);
  }

  private final ClientRuntime runtime;
  private final Window<Q, P> window;
  private final Function<String, Call<P>> byLink;
  private final Function<P, PageResult<T>> result;

  EnvelopeListing(
      ClientRuntime runtime, Window<Q, P> window, Function<String, Call<P>> byLink, Function<P, PageResult<T>> result) {
    this.runtime = runtime;
    this.window = window;
    this.byLink = byLink;
    this.result = result;
  }

  PagedIterable<T> list(Q query, int pageSize) {
    Checks.require(query, "query");
    return runtime.paging().limitOffset(
        pageSize,
        runtime.baseUrl(),
        (limit, offset) -> result.apply(runtime.execute(window.call(query, limit, offset))),
        url -> result.apply(runtime.execute(byLink.apply(url.toString()))));
  }

  P page(Q query, int limit, long offset) {
    return runtime.execute(call(query, limit, offset));
  }

  CompletableFuture<P> pageAsync(Q query, int limit, long offset) {
    return runtime.executeAsync(call(query, limit, offset));
  }

  private Call<P> call(Q query, int limit, long offset) {
    Checks.require(query, "query");
    Checks.pageWindow(offset, "offset", limit, "limit");
    return window.call(query, limit, offset);
  }
}
