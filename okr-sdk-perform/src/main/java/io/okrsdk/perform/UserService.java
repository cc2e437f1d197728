package io.okrsdk.perform;

import io.okrsdk.perform.query.UserQuery;
import io.okrsdk.perform.internal.Pages;
import io.okrsdk.perform.internal.PerformApi;
import io.okrsdk.core.internal.ClientRuntime;
import io.okrsdk.core.OkrException;
import io.okrsdk.core.internal.paging.PageResult;
import io.okrsdk.core.paging.PagedIterable;
import io.okrsdk.perform.model.User;
import io.okrsdk.perform.model.UserPage;
import java.util.concurrent.CompletableFuture;
import retrofit2.Call;

/**
 * Users: {@code GET api/v2/users/} with its filters (the help centre documents no single-user read).
 * Obtained from {@link PerformClient#users()}; thread-safe.
 *
 * <p>Every method throws (or completes its future with) an {@link OkrException} subclass on
 * failure, and refuses invalid arguments with {@link IllegalArgumentException} before any request.
 */
public final class UserService {
  /** Items per request when no page size is given: the vendor documents neither a default nor a maximum. */
  public static final int DEFAULT_PAGE_SIZE = Pages.DEFAULT_PAGE_SIZE;

  private final ClientRuntime runtime;
  private final PerformApi api;
  private final EnvelopeListing<UserQuery, User, UserPage> listing;

  UserService(ClientRuntime runtime, PerformApi api) {
    this.runtime = runtime;
    this.api = api;
    this.listing = new EnvelopeListing<>(runtime, this::call, api::listUsersPage, UserService::result);
  }

  /**
   * Every user the API user may see, {@value #DEFAULT_PAGE_SIZE} per request.
   *
   * @return the lazy listing
   */
  public PagedIterable<User> list() {
    return list(UserQuery.all(), DEFAULT_PAGE_SIZE);
  }

  /**
   * The users matching a query, {@value #DEFAULT_PAGE_SIZE} per request.
   *
   * @param query the filters
   * @return the lazy listing
   */
  public PagedIterable<User> list(UserQuery query) {
    return list(query, DEFAULT_PAGE_SIZE);
  }

  /**
   * The users matching a query, fetched lazily exactly like {@link CheckinService#list(CheckinQuery,
   * int)}: the first page by {@code limit} and {@code offset=0} with the filters, later pages by
   * the server's {@code next} links on the base URL's origin (by {@code limit}/{@code offset} with
   * the filters otherwise), stopping at {@code count}, on an empty page or on a missing, repeated
   * or backward link; the page cap ends an endless walk with {@link
   * io.okrsdk.core.PageLimitExceededException}.
   *
   * @param query the filters
   * @param pageSize items per request ({@code limit}), at least 1
   * @return the lazy listing; nothing is requested before iteration
   * @throws IllegalArgumentException when {@code pageSize} is less than 1
   */
  public PagedIterable<User> list(UserQuery query, int pageSize) {
    return listing.list(query, pageSize);
  }

  /**
   * One page of the users matching a query, with {@code count} and the {@code next} link.
   *
   * @param query the filters
   * @param limit items in the page, at least 1
   * @param offset the index of the first item, 0 or more
   * @return the page
   * @throws IllegalArgumentException when {@code limit} or {@code offset} is out of range
   */
  public UserPage listPage(UserQuery query, int limit, long offset) {
    return listing.page(query, limit, offset);
  }

  /**
   * {@link #listPage(UserQuery, int, long)} without blocking. To walk every page asynchronously,
   * request the next window ({@code offset + results().size()}) until {@code count} is reached.
   *
   * @param query the filters
   * @param limit items in the page, at least 1
   * @param offset the index of the first item, 0 or more
   * @return a future of the page
   * @throws IllegalArgumentException when {@code limit} or {@code offset} is out of range
   */
  public CompletableFuture<UserPage> listPageAsync(UserQuery query, int limit, long offset) {
    return listing.pageAsync(query, limit, offset);
  }

  private Call<UserPage> call(UserQuery query, int limit, long offset) {
    return api.listUsers(query.name().orElse(null), query.departmentName().orElse(null), query.managerName().orElse(null), query.isActive().orElse(null), limit, offset);
  }

  private static PageResult<User> result(UserPage page) {
    return Pages.result(page.results(), page.count(), page.next());
  }

  @Override
  public String toString() {
    return "UserService{" + runtime.baseUrl() + "}";
  }
}
