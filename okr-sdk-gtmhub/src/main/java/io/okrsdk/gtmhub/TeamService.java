package io.okrsdk.gtmhub;

import io.okrsdk.core.internal.ClientRuntime;
import io.okrsdk.core.OkrException;
import io.okrsdk.core.internal.PathSegments;
import io.okrsdk.core.paging.PagedIterable;
import io.okrsdk.gtmhub.internal.GtmhubAccountApi;
import io.okrsdk.gtmhub.model.Team;
import io.okrsdk.gtmhub.model.TeamList;
import io.okrsdk.gtmhub.query.ListQuery;
import java.util.concurrent.CompletableFuture;

/**
 * Teams: groups of users that goals and key results may be owned by ({@code ownerIds} point to
 * users or teams). Listing takes the same projection, sort, filter and paging as goals. Every
 * method has an async twin returning a {@link CompletableFuture}.
 *
 * <p>A {@code null} or blank id, a negative skip or a page size below 1 fails with {@link
 * IllegalArgumentException} before anything is sent; everything after that is an {@link
 * OkrException}.
 *
 * <p>Thread-safe.
 */
public final class TeamService {
  private final ClientRuntime runtime;
  private final GtmhubAccountApi api;

  TeamService(ClientRuntime runtime, GtmhubAccountApi api) {
    this.runtime = runtime;
    this.api = api;
  }

  // Made for each listing rather than with the service: its method references would otherwise be
  // linked on the first call of every program, listing or not.
  private QueryListing<Team, TeamList> listing() {
    return new QueryListing<>(runtime, api::listTeams, TeamList::items, TeamList::totalCount);
  }

  /**
   * Every team, fetched lazily page by page with the default page size; the same as {@code
   * list(ListQuery.all())}.
   *
   * @return the lazy listing
   */
  public PagedIterable<Team> list() {
    return list(ListQuery.all());
  }

  /**
   * All teams matching the query, fetched lazily page by page with {@code skip} and {@code
   * limit}.
   *
   * @param query the query; {@link ListQuery#all()} for every team
   * @return the lazy listing
   */
  public PagedIterable<Team> list(ListQuery query) {
    return listing().list(query);
  }

  /**
   * One page of teams.
   *
   * @param query the query (its page size is not used)
   * @param skip teams to skip, at least 0
   * @param limit teams to return, at least 1
   * @return the page
   */
  public TeamList listPage(ListQuery query, long skip, int limit) {
    return listing().page(query, skip, limit);
  }

  /**
   * One page of teams, asynchronously.
   *
   * @param query the query (its page size is not used)
   * @param skip teams to skip, at least 0
   * @param limit teams to return, at least 1
   * @return the future page
   */
  public CompletableFuture<TeamList> listPageAsync(ListQuery query, long skip, int limit) {
    return listing().pageAsync(query, skip, limit);
  }

  /**
   * A team.
   *
   * @param teamId the team's id
   * @return the team
   */
  public Team get(String teamId) {
    return runtime.execute(api.getTeam(PathSegments.encode(teamId, "teamId")));
  }

  /**
   * A team, asynchronously.
   *
   * @param teamId the team's id
   * @return the future team
   */
  public CompletableFuture<Team> getAsync(String teamId) {
    return runtime.executeAsync(api.getTeam(PathSegments.encode(teamId, "teamId")));
  }


}
