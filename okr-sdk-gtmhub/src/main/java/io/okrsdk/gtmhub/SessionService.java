package io.okrsdk.gtmhub;

import io.okrsdk.core.internal.ClientRuntime;
import io.okrsdk.core.OkrException;
import io.okrsdk.core.internal.PathSegments;
import io.okrsdk.core.paging.PagedIterable;
import io.okrsdk.gtmhub.internal.GtmhubAccountApi;
import io.okrsdk.gtmhub.model.Session;
import io.okrsdk.gtmhub.model.SessionList;
import io.okrsdk.gtmhub.query.ListQuery;
import java.util.concurrent.CompletableFuture;

/**
 * Sessions: the OKR periods (such as quarters) goals and key results belong to. Listing takes the
 * same projection, sort, filter and paging as goals. Every method has an async twin returning a
 * {@link CompletableFuture}.
 *
 * <p>A {@code null} or blank id, a negative skip or a page size below 1 fails with {@link
 * IllegalArgumentException} before anything is sent; everything after that is an {@link
 * OkrException}.
 *
 * <p>Thread-safe.
 */
public final class SessionService {
  private final ClientRuntime runtime;
  private final GtmhubAccountApi api;

  SessionService(ClientRuntime runtime, GtmhubAccountApi api) {
    this.runtime = runtime;
    this.api = api;
  }

  // Made for each listing rather than with the service: its method references would otherwise be
  // linked on the first call of every program, listing or not.
  private QueryListing<Session, SessionList> listing() {
    return new QueryListing<>(runtime, api::listSessions, SessionList::items, SessionList::totalCount);
  }

  /**
   * Every session, fetched lazily page by page with the default page size; the same as {@code
   * list(ListQuery.all())}.
   *
   * @return the lazy listing
   */
  public PagedIterable<Session> list() {
    return list(ListQuery.all());
  }

  /**
   * All sessions matching the query, fetched lazily page by page with {@code skip} and {@code
   * limit}.
   *
   * @param query the query; {@link ListQuery#all()} for every session
   * @return the lazy listing
   */
  public PagedIterable<Session> list(ListQuery query) {
    return listing().list(query);
  }

  /**
   * One page of sessions.
   *
   * @param query the query (its page size is not used)
   * @param skip sessions to skip, at least 0
   * @param limit sessions to return, at least 1
   * @return the page
   */
  public SessionList listPage(ListQuery query, long skip, int limit) {
    return listing().page(query, skip, limit);
  }

  /**
   * One page of sessions, asynchronously.
   *
   * @param query the query (its page size is not used)
   * @param skip sessions to skip, at least 0
   * @param limit sessions to return, at least 1
   * @return the future page
   */
  public CompletableFuture<SessionList> listPageAsync(ListQuery query, long skip, int limit) {
    return listing().pageAsync(query, skip, limit);
  }

  /**
   * A session.
   *
   * @param sessionId the session's id
   * @return the session
   */
  public Session get(String sessionId) {
    return runtime.execute(api.getSession(PathSegments.encode(sessionId, "sessionId")));
  }

  /**
   * A session, asynchronously.
   *
   * @param sessionId the session's id
   * @return the future session
   */
  public CompletableFuture<Session> getAsync(String sessionId) {
    return runtime.executeAsync(api.getSession(PathSegments.encode(sessionId, "sessionId")));
  }


}
