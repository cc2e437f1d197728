package io.okrsdk.gtmhub;

import io.okrsdk.core.internal.Checks;
import io.okrsdk.core.internal.ClientRuntime;
import io.okrsdk.core.internal.paging.PageResult;
import io.okrsdk.core.paging.PagedIterable;
import io.okrsdk.gtmhub.query.Fields;
import io.okrsdk.gtmhub.query.Filter;
import io.okrsdk.gtmhub.query.Formatting;
import io.okrsdk.gtmhub.query.ListQuery;
import io.okrsdk.gtmhub.query.Sort;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * What every {@link ListQuery} listing of Gtmhub shares (goals, metrics, sessions, users, teams):
 * the checks, the query's wire values, {@code skip}/{@code limit} paging in the client's mode and
 * the page envelope's items and {@code totalCount}. The public services keep their typed methods
 * and delegate here, so the listing rules exist once.
 *
 * @param <T> the item type
 * @param <P> the page envelope type
 */
final class QueryListing<T, P> {
  /** One Retrofit listing method, with the query's values already written out. */
  interface Endpoint<P> {
    Call<P> call(
        @Nullable String fields,
        @Nullable String sort,
        @Nullable String filter,
        long skip,
        int limit,
        @Nullable String formatting);
  }

  private final ClientRuntime runtime;
  private final Endpoint<P> endpoint;
  private final Function<P, List<T>> items;
  private final Function<P, Optional<Long>> totalCount;

  QueryListing(
      ClientRuntime runtime,
      Endpoint<P> endpoint,
      Function<P, List<T>> items,
      Function<P, Optional<Long>> totalCount) {
    this.runtime = runtime;
    this.endpoint = endpoint;
    this.items = items;
    this.totalCount = totalCount;
  }

  PagedIterable<T> list(ListQuery query) {
    Checks.require(query, "query");
    return runtime.paging().skip(query.pageSize(), (limit, skip) -> toResult(page(query, skip, limit)));
  }

  P page(ListQuery query, long skip, int limit) {
    return runtime.execute(call(query, skip, limit));
  }

  CompletableFuture<P> pageAsync(ListQuery query, long skip, int limit) {
    return runtime.executeAsync(call(query, skip, limit));
  }

  private Call<P> call(ListQuery query, long skip, int limit) {
    Checks.require(query, "query");
    Checks.pageWindow(skip, "skip", limit, "limit");
    return endpoint.call(
        query.fields().map(Fields::toString).orElse(null),
        query.sort().map(Sort::toString).orElse(null),
        query.filter().map(Filter::toJson).orElse(null),
        skip,
        limit,
        query.formatting().map(Formatting::wireValue).orElse(null));
  }

  private PageResult<T> toResult(P page) {
    return PageResult.of(items.apply(page), totalCount.apply(page).orElse(null), null);
  }
}
