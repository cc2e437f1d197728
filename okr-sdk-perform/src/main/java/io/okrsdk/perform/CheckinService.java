package io.okrsdk.perform;

import io.okrsdk.core.internal.ClientRuntime;
import io.okrsdk.core.OkrException;
import io.okrsdk.core.internal.PathSegments;
import io.okrsdk.core.internal.paging.PageResult;
import io.okrsdk.core.paging.PagedIterable;
import io.okrsdk.perform.internal.Pages;
import io.okrsdk.perform.internal.PerformApi;
import io.okrsdk.perform.model.Checkin;
import io.okrsdk.perform.model.CheckinDetail;
import io.okrsdk.perform.model.CheckinPage;
import io.okrsdk.perform.query.CheckinQuery;
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
  private final EnvelopeListing<CheckinQuery, Checkin, CheckinPage> listing;

  CheckinService(ClientRuntime runtime, PerformApi api) {
    this.runtime = runtime;
    this.api = api;
    this.listing = new EnvelopeListing<>(runtime, this::call, api::listCheckinsPage, CheckinService::result);
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
    return listing.list(query, pageSize);
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
  public CheckinPage listPage(CheckinQuery query, int limit, long offset) {
    return listing.page(query, limit, offset);
  }

  /**
   * {@link #listPage(CheckinQuery, int, long)} without blocking. For the whole listing in the
   * background, use {@code list(...).toListAsync(executor)}.
   *
   * @param query the filters
   * @param limit check-ins in the page, at least 1
   * @param offset the index of the first check-in, 0 or more
   * @return a future of the page
   * @throws IllegalArgumentException when {@code limit} or {@code offset} is out of range
   */
  public CompletableFuture<CheckinPage> listPageAsync(CheckinQuery query, int limit, long offset) {
    return listing.pageAsync(query, limit, offset);
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
