package io.okrsdk.gtmhub;

import io.okrsdk.core.OkrException;
import io.okrsdk.core.internal.ClientRuntime;
import io.okrsdk.core.internal.paging.PageResult;
import io.okrsdk.core.paging.PagedIterable;
import io.okrsdk.gtmhub.model.Team;
import io.okrsdk.gtmhub.model.TeamList;
import io.okrsdk.gtmhub.query.GoalQuery;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import retrofit2.Call;

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
public final class TeamsService {
  private final ClientRuntime runtime;
  private final GtmhubAccountApi api;

  TeamsService(ClientRuntime runtime, GtmhubAccountApi api) {
    this.runtime = runtime;
    this.api = api;
  }

  /**
   * All teams matching the query, fetched lazily page by page with {@code skip} and {@code
   * limit}.
   *
   * @param query the query; {@link GoalQuery#all()} for every team
   * @return the lazy listing
   */
  public PagedIterable<Team> list(GoalQuery query) {
    Objects.requireNonNull(query, "query");
    return runtime.paging().skip(query.pageSize(), (limit, skip) -> toResult(listPage(query, skip, limit)));
  }

  /**
   * One page of teams.
   *
   * @param query the query (its page size is not used)
   * @param skip teams to skip, at least 0
   * @param limit teams to return, at least 1
   * @return the page
   */
  public TeamList listPage(GoalQuery query, long skip, int limit) {
    return runtime.execute(listCall(query, skip, limit));
  }

  /**
   * One page of teams, asynchronously.
   *
   * @param query the query (its page size is not used)
   * @param skip teams to skip, at least 0
   * @param limit teams to return, at least 1
   * @return the future page
   */
  public CompletableFuture<TeamList> listPageAsync(GoalQuery query, long skip, int limit) {
    return runtime.executeAsync(listCall(query, skip, limit));
  }

  /**
   * A team.
   *
   * @param teamId the team's id
   * @return the team
   */
  public Team get(String teamId) {
    return runtime.execute(api.getTeam(Listing.id(teamId, "teamId")));
  }

  /**
   * A team, asynchronously.
   *
   * @param teamId the team's id
   * @return the future team
   */
  public CompletableFuture<Team> getAsync(String teamId) {
    return runtime.executeAsync(api.getTeam(Listing.id(teamId, "teamId")));
  }

  private Call<TeamList> listCall(GoalQuery query, long skip, int limit) {
    Objects.requireNonNull(query, "query");
    Listing.checkWindow(skip, limit, "limit");
    return api.listTeams(
        query.fields().orElse(null),
        query.sort().orElse(null),
        query.filter().orElse(null),
        skip,
        limit,
        query.formatting().orElse(null));
  }

  private static PageResult<Team> toResult(TeamList page) {
    return PageResult.of(page.items(), page.totalCount().orElse(null), null);
  }
}
