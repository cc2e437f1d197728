package io.okrsdk.perform;

import io.okrsdk.core.internal.ClientRuntime;
import io.okrsdk.core.OkrException;
import io.okrsdk.core.internal.PathSegments;
import io.okrsdk.core.internal.http.CancellableFutures;
import io.okrsdk.core.internal.Checks;
import io.okrsdk.core.internal.paging.PageResult;
import io.okrsdk.core.paging.PagedIterable;
import io.okrsdk.core.internal.paging.Paging;
import io.okrsdk.perform.internal.Pages;
import io.okrsdk.perform.internal.PerformApi;
import io.okrsdk.perform.model.Checkin;
import io.okrsdk.perform.model.CheckinDetail;
import io.okrsdk.perform.model.CheckinPage;
import io.okrsdk.perform.query.CheckinQuery;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import retrofit2.Call;

/**
 * Check-ins: {@code GET api/v2/checkins/} with its filters and {@code GET api/v2/checkins/{api_id}/}
 * with the responses. Obtained from {@link PerformClient#checkins()}; thread-safe.
 *
 * <p>Every method throws (or completes its future with) an {@link OkrException} subclass on
 * failure, and refuses invalid arguments with {@link IllegalArgumentException} before any request.
 */
public final class CheckinService {
  /** Items per request when no page size is given: the vendor documents neither a default nor a maximum. */
  public static final int DEFAULT_PAGE_SIZE = Pages.DEFAULT_PAGE_SIZE;

  private final ClientRuntime runtime;
  private final PerformApi api;

  CheckinService(ClientRuntime runtime, PerformApi api) {
    this.runtime = runtime;
    this.api = api;
  }

  /**
   * Every check-in the API user may see, {@value #DEFAULT_PAGE_SIZE} per request.
   *
   * @return the lazy listing
   */
  public PagedIterable<Checkin> list() {
    return list(CheckinQuery.all(), DEFAULT_PAGE_SIZE);
  }

  /**
   * The check-ins matching a query, {@value #DEFAULT_PAGE_SIZE} per request.
   *
   * @param query the filters
   * @return the lazy listing
   */
  public PagedIterable<Checkin> list(CheckinQuery query) {
    return list(query, DEFAULT_PAGE_SIZE);
  }

  /**
   * The check-ins matching a query, fetched lazily: the first page by {@code limit} and {@code
   * offset=0} with the query's filters, later pages by following the server's {@code next} links
   * (which carry the filters). A link on another origin (another host, or {@code http://} behind
   * a TLS-terminating proxy) is not followed: the next page is requested by {@code limit} and
   * {@code offset} with the query's filters from the base URL instead, so credentials never go
   * elsewhere. Iteration stops when {@code count} items were delivered, on an empty page, or when
   * {@code next} is missing, repeats or points back; the page cap ends an endless walk with {@link
   * io.okrsdk.core.PageLimitExceededException}. Cap the items with {@link PagedIterable#limit(long)}.
   *
   * @param query the filters
   * @param pageSize check-ins per request ({@code limit}), at least 1; the vendor documents no
   *     maximum
   * @return the lazy listing; nothing is requested before iteration
   * @throws IllegalArgumentException when {@code pageSize} is less than 1
   */
  public PagedIterable<Checkin> list(CheckinQuery query, int pageSize) {
    Checks.require(query, "query");
    return runtime.paging().limitOffset(
            pageSize,
            runtime.baseUrl(),
            (limit, offset) -> result(runtime.execute(call(query, limit, offset))),
            url -> result(runtime.execute(api.listCheckinsPage(url.toString()))));
  }

  /**
   * One page of check-ins matching a query, with {@code count} and the {@code next} link.
   *
   * @param query the filters
   * @param limit check-ins in the page, at least 1
   * @param offset the index of the first check-in, 0 or more
   * @return the page
   * @throws IllegalArgumentException when {@code limit} or {@code offset} is out of range
   */
  public CheckinPage page(CheckinQuery query, int limit, long offset) {
    Checks.require(query, "query");
    Checks.pageWindow(offset, "offset", limit, "limit");
    return runtime.execute(call(query, limit, offset));
  }

  /**
   * {@link #page(CheckinQuery, int, long)} without blocking. To walk every page asynchronously,
   * request the next window ({@code offset + results().size()}) until {@code count} is reached.
   *
   * @param query the filters
   * @param limit check-ins in the page, at least 1
   * @param offset the index of the first check-in, 0 or more
   * @return a future of the page
   * @throws IllegalArgumentException when {@code limit} or {@code offset} is out of range
   */
  public CompletableFuture<CheckinPage> pageAsync(CheckinQuery query, int limit, long offset) {
    Checks.require(query, "query");
    Checks.pageWindow(offset, "offset", limit, "limit");
    return runtime.executeAsync(call(query, limit, offset));
  }

  /**
   * The first {@code pageSize} check-ins matching a query, in one request, without blocking. For
   * every match, iterate {@link #list(CheckinQuery, int)} (or use its {@code toListAsync(executor)}).
   *
   * @param query the filters
   * @param pageSize how many check-ins at most, at least 1
   * @return a future of the first page's check-ins
   * @throws IllegalArgumentException when {@code pageSize} is less than 1
   */
  public CompletableFuture<List<Checkin>> listAsync(CheckinQuery query, int pageSize) {
    return CancellableFutures.map(pageAsync(query, pageSize, 0), CheckinPage::results);
  }

  /**
   * One check-in with its responses.
   *
   * @param apiId the id as listed, such as {@code 580:ce417c60-...} (percent-encoded by the SDK)
   * @return the check-in
   * @throws IllegalArgumentException when the id is null or blank (nothing is sent)
   * @throws io.okrsdk.core.NotFoundException when there is no such check-in
   */
  public CheckinDetail get(String apiId) {
    return runtime.execute(api.getCheckin(PathSegments.encode(apiId, "apiId")));
  }

  /**
   * {@link #get(String)} without blocking.
   *
   * @param apiId the id as listed
   * @return a future of the check-in
   * @throws IllegalArgumentException when the id is null or blank (nothing is sent)
   */
  public CompletableFuture<CheckinDetail> getAsync(String apiId) {
    return runtime.executeAsync(api.getCheckin(PathSegments.encode(apiId, "apiId")));
  }

  private Call<CheckinPage> call(CheckinQuery query, int limit, long offset) {
    return api.listCheckins(
        query.dateFrom().orElse(null),
        query.dateTo().orElse(null),
        query.department().orElse(null),
        query.managerEmail().orElse(null),
        query.managerName().orElse(null),
        query.personEmail().orElse(null),
        query.personName().orElse(null),
        limit,
        offset);
  }

  private static PageResult<Checkin> result(CheckinPage page) {
    return Pages.result(page.results(), page.count(), page.next());
  }

  @Override
  public String toString() {
    return "CheckinService{" + runtime.baseUrl() + "}";
  }
}
