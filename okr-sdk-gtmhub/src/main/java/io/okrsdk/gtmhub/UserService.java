package io.okrsdk.gtmhub;

import io.okrsdk.core.internal.ClientRuntime;
import io.okrsdk.core.OkrException;
import io.okrsdk.core.internal.PathSegments;
import io.okrsdk.core.paging.PagedIterable;
import io.okrsdk.gtmhub.internal.GtmhubAccountApi;
import io.okrsdk.gtmhub.model.User;
import io.okrsdk.gtmhub.model.UserList;
import io.okrsdk.gtmhub.query.ListQuery;
import java.util.concurrent.CompletableFuture;

/**
 * Users: the people goal and key result {@code ownerIds} point to. Listing takes the same
 * projection, sort, filter and paging as goals; the page size is sent as both {@code take} and
 * {@code limit}, the two names the vendor's reference gives it for this endpoint. Every method has
 * an async twin returning a {@link CompletableFuture}.
 *
 * <p>A {@code null} or blank id, a negative skip or a page size below 1 fails with {@link
 * IllegalArgumentException} before anything is sent; everything after that is an {@link
 * OkrException}.
 *
 * <p>Thread-safe.
 */
public final class UserService {
  private final ClientRuntime runtime;
  private final GtmhubAccountApi api;

  UserService(ClientRuntime runtime, GtmhubAccountApi api) {
    this.runtime = runtime;
    this.api = api;
  }

  // Made for each listing rather than with the service: its method references would otherwise be
  // linked on the first call of every program, listing or not.
  private QueryListing<User, UserList> listing() {
    return new QueryListing<>(runtime, (fields, sort, filter, skip, limit, formatting) -> api.listUsers(fields, sort, filter, skip, limit, limit, formatting), UserList::items, UserList::totalCount);
  }

  /**
   * Every user, fetched lazily page by page with the default page size; the same as {@code
   * list(ListQuery.all())}.
   *
   * @return the lazy listing
   */
  public PagedIterable<User> list() {
    return list(ListQuery.all());
  }

  /**
   * All users matching the query, fetched lazily page by page.
   *
   * @param query the query; {@link ListQuery#all()} for every user
   * @return the lazy listing
   */
  public PagedIterable<User> list(ListQuery query) {
    return listing().list(query);
  }

  /**
   * One page of users.
   *
   * @param query the query (its page size is not used)
   * @param skip users to skip, at least 0
   * @param take users to return, at least 1
   * @return the page
   */
  public UserList listPage(ListQuery query, long skip, int take) {
    return listing().page(query, skip, take);
  }

  /**
   * One page of users, asynchronously.
   *
   * @param query the query (its page size is not used)
   * @param skip users to skip, at least 0
   * @param take users to return, at least 1
   * @return the future page
   */
  public CompletableFuture<UserList> listPageAsync(ListQuery query, long skip, int take) {
    return listing().pageAsync(query, skip, take);
  }

  /**
   * A user.
   *
   * @param userId the user's id
   * @return the user
   */
  public User get(String userId) {
    return runtime.execute(api.getUser(PathSegments.encode(userId, "userId")));
  }

  /**
   * A user, asynchronously.
   *
   * @param userId the user's id
   * @return the future user
   */
  public CompletableFuture<User> getAsync(String userId) {
    return runtime.executeAsync(api.getUser(PathSegments.encode(userId, "userId")));
  }


}
