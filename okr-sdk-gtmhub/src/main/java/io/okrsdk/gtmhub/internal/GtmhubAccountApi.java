package io.okrsdk.gtmhub.internal;

import io.okrsdk.gtmhub.model.Session;
import io.okrsdk.gtmhub.model.SessionList;
import io.okrsdk.gtmhub.model.Team;
import io.okrsdk.gtmhub.model.TeamList;
import io.okrsdk.gtmhub.model.User;
import io.okrsdk.gtmhub.model.UserList;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * The sessions, users and teams endpoints of the Gtmhub / Quantive Results API: the OKR periods
 * goals belong to and the people and teams their {@code ownerIds} point to. One method per
 * endpoint; paths are relative to the base URL.
 *
 * <p>This is the raw layer: run its calls through {@link GtmhubClient#sessions()}, {@link
 * GtmhubClient#users()} and {@link GtmhubClient#teams()} for the SDK's error mapping, paging and
 * input checks. Path ids must be encoded with {@link io.okrsdk.core.internal.PathSegments#encode(String,
 * String)}; {@code null} query values are left out.
 */
public interface GtmhubAccountApi {
  /**
   * {@code GET /api/v2/sessions}: one page of sessions.
   *
   * @param fields the projection
   * @param sort the order
   * @param filter the MongoDB-style filter
   * @param skip sessions to skip
   * @param limit sessions to return
   * @param formatting {@code mentionsMarkup} or {@code plainText}
   * @return the call
   */
  @GET("api/v2/sessions")
  Call<SessionList> listSessions(
      @Query("fields") String fields,
      @Query("sort") String sort,
      @Query("filter") String filter,
      @Query("skip") Long skip,
      @Query("limit") Integer limit,
      @Query("formatting") String formatting);

  /**
   * {@code GET /api/v1/sessions/{sessionId}}: one session.
   *
   * @param sessionId the session's id, encoded
   * @return the call
   */
  @GET("api/v1/sessions/{sessionId}")
  Call<Session> getSession(@Path(value = "sessionId", encoded = true) String sessionId);

  /**
   * {@code GET /api/v1/users}: one page of users. The reference names both {@code take} and
   * {@code limit} as the page size; the service layer sends the same value in both.
   *
   * @param fields the projection, such as {@code email,firstName,lastName}
   * @param sort the order, such as {@code dateCreated}
   * @param filter the MongoDB-style filter
   * @param skip users to skip
   * @param take users to return
   * @param limit users to return
   * @param formatting {@code mentionsMarkup} or {@code plainText}
   * @return the call
   */
  @GET("api/v1/users")
  Call<UserList> listUsers(
      @Query("fields") String fields,
      @Query("sort") String sort,
      @Query("filter") String filter,
      @Query("skip") Long skip,
      @Query("take") Integer take,
      @Query("limit") Integer limit,
      @Query("formatting") String formatting);

  /**
   * {@code GET /api/v1/users/{userId}}: one user.
   *
   * @param userId the user's id, encoded
   * @return the call
   */
  @GET("api/v1/users/{userId}")
  Call<User> getUser(@Path(value = "userId", encoded = true) String userId);

  /**
   * {@code GET /api/v2/teams}: one page of teams.
   *
   * @param fields the projection
   * @param sort the order
   * @param filter the MongoDB-style filter
   * @param skip teams to skip
   * @param limit teams to return
   * @param formatting {@code mentionsMarkup} or {@code plainText}
   * @return the call
   */
  @GET("api/v2/teams")
  Call<TeamList> listTeams(
      @Query("fields") String fields,
      @Query("sort") String sort,
      @Query("filter") String filter,
      @Query("skip") Long skip,
      @Query("limit") Integer limit,
      @Query("formatting") String formatting);

  /**
   * {@code GET /api/v1/teams/{teamId}}: one team.
   *
   * @param teamId the team's id, encoded
   * @return the call
   */
  @GET("api/v1/teams/{teamId}")
  Call<Team> getTeam(@Path(value = "teamId", encoded = true) String teamId);
}
