package io.okrsdk.perform;

import io.okrsdk.core.internal.ClientRuntime;
import io.okrsdk.core.OkrException;
import io.okrsdk.core.internal.PathSegments;
import io.okrsdk.core.internal.paging.PageResult;
import io.okrsdk.core.paging.PagedIterable;
import io.okrsdk.perform.internal.Pages;
import io.okrsdk.perform.internal.PerformApi;
import io.okrsdk.perform.model.Goal;
import io.okrsdk.perform.model.GoalPage;
import java.util.concurrent.CompletableFuture;

/**
 * Goals, sub-goals, OKRs and OKR key results: {@code GET api/v2/goals/} and {@code GET
 * api/v2/goals/{api_id}/}. Obtained from {@link PerformClient#goals()}; thread-safe.
 *
 * <p>Every method throws (or completes its future with) an {@link OkrException} subclass on
 * failure, and refuses invalid arguments with {@link IllegalArgumentException} before any request.
 */
public final class GoalService {
  /** Items per request of {@link #list()}: the vendor documents neither a default nor a maximum. */
  public static final int DEFAULT_PAGE_SIZE = Pages.DEFAULT_PAGE_SIZE;

  private final ClientRuntime runtime;
  private final PerformApi api;
  private final EnvelopeListing<EnvelopeListing.Unfiltered, Goal, GoalPage> listing;

  GoalService(ClientRuntime runtime, PerformApi api) {
    this.runtime = runtime;
    this.api = api;
    this.listing =
        new EnvelopeListing<>(
            runtime, (all, limit, offset) -> api.listGoals(limit, offset), api::listGoalsPage, GoalService::result);
  }

  /**
   * Every goal the API user may see, {@value #DEFAULT_PAGE_SIZE} per request.
   *
   * @return the lazy listing
   * @see #list(int)
   */
  public PagedIterable<Goal> list() {
    return list(DEFAULT_PAGE_SIZE);
  }

  /**
   * Every goal the API user may see, fetched lazily: the first page by {@code limit} and {@code
   * offset=0}, later pages by following the server's {@code next} links. A link on another origin
   * (another host, or {@code http://} behind a TLS-terminating proxy) is not followed: the next
   * page is requested by {@code limit} and {@code offset} from the base URL instead, so
   * credentials never go elsewhere. Iteration stops when {@code count} items were delivered, on an
   * empty page, or when {@code next} is missing, repeats or points back (for example to the first
   * page); the page cap ends an endless walk with {@link io.okrsdk.core.PageLimitExceededException}.
   * Cap the items with {@link PagedIterable#limit(long)}.
   *
   * @param pageSize goals per request ({@code limit}), at least 1; the vendor documents no maximum
   * @return the lazy listing; nothing is requested before iteration
   * @throws IllegalArgumentException when {@code pageSize} is less than 1
   */
  public PagedIterable<Goal> list(int pageSize) {
    return listing.list(EnvelopeListing.Unfiltered.ALL, pageSize);
  }

  /**
   * One page of goals, with {@code count} and the {@code next} link.
   *
   * @param limit goals in the page, at least 1
   * @param offset the index of the first goal, 0 or more
   * @return the page
   * @throws IllegalArgumentException when {@code limit} or {@code offset} is out of range
   */
  public GoalPage listPage(int limit, long offset) {
    return listing.page(EnvelopeListing.Unfiltered.ALL, limit, offset);
  }

  /**
   * {@link #listPage(int, long)} without blocking. For the whole listing in the background, use
   * {@code list(...).toListAsync(executor)}.
   *
   * @param limit goals in the page, at least 1
   * @param offset the index of the first goal, 0 or more
   * @return a future of the page
   * @throws IllegalArgumentException when {@code limit} or {@code offset} is out of range
   */
  public CompletableFuture<GoalPage> listPageAsync(int limit, long offset) {
    return listing.pageAsync(EnvelopeListing.Unfiltered.ALL, limit, offset);
  }

  /**
   * One goal or OKR by id.
   *
   * @param apiId the id as listed, such as {@code 580:fef0d7fb-...} (percent-encoded by the SDK)
   * @return the goal
   * @throws IllegalArgumentException when the id is null or blank (nothing is sent)
   * @throws io.okrsdk.core.NotFoundException when there is no such goal
   */
  public Goal get(String apiId) {
    return runtime.execute(api.getGoal(PathSegments.encode(apiId, "apiId")));
  }

  /**
   * {@link #get(String)} without blocking.
   *
   * @param apiId the id as listed
   * @return a future of the goal
   * @throws IllegalArgumentException when the id is null or blank (nothing is sent)
   */
  public CompletableFuture<Goal> getAsync(String apiId) {
    return runtime.executeAsync(api.getGoal(PathSegments.encode(apiId, "apiId")));
  }

  private static PageResult<Goal> result(GoalPage page) {
    return Pages.result(page.results(), page.count(), page.next());
  }

  @Override
  public String toString() {
    return "GoalService{" + runtime.baseUrl() + "}";
  }
}
