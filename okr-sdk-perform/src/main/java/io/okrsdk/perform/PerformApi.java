package io.okrsdk.perform;

import io.okrsdk.perform.model.CheckinDetail;
import io.okrsdk.perform.model.CheckinPage;
import io.okrsdk.perform.model.Goal;
import io.okrsdk.perform.model.GoalPage;
import java.time.LocalDate;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Url;

/**
 * The Perform &amp; Engage 365 API v2 as Retrofit declares it: one method per documented endpoint,
 * plus one per listing to follow an absolute {@code next} link.
 *
 * <p>The services of {@link PerformClient} run it with error mapping, id encoding and paging; an
 * endpoint they do not offer is reached with {@link PerformClient#request(String, String)}. Path
 * ids are encoded with {@link io.okrsdk.core.PathSegments#encode(String, String)}, and a {@code
 * null} query value leaves the parameter out.
 */
public interface PerformApi {
  /**
   * {@code GET api/v2/goals/}: goals, sub-goals, OKRs and OKR key results.
   *
   * @param limit the maximum number of goals in the response, or {@code null} for the server's
   *     default
   * @param offset the index of the first goal returned, or {@code null} for 0
   * @return the call
   */
  @GET("api/v2/goals/")
  Call<GoalPage> listGoals(@Query("limit") Integer limit, @Query("offset") Long offset);

  /**
   * Follows a {@code next} link of {@link #listGoals(Integer, Long)}.
   *
   * @param url the absolute link the server sent
   * @return the call
   */
  @GET
  Call<GoalPage> listGoalsPage(@Url String url);

  /**
   * {@code GET api/v2/goals/{api_id}/}: one goal or OKR.
   *
   * @param apiId the goal's id, already percent-encoded ({@code 580%3Afef0...})
   * @return the call
   */
  @GET("api/v2/goals/{api_id}/")
  Call<Goal> getGoal(@Path(value = "api_id", encoded = true) String apiId);

  /**
   * {@code GET api/v2/checkins/}: check-ins matching the filters; a {@code null} filter is left out.
   *
   * @param dateFrom submission date from which check-ins are returned ({@code yyyy-mm-dd})
   * @param dateTo submission date up to which check-ins are returned ({@code yyyy-mm-dd})
   * @param department the department the employee belongs to
   * @param managerEmail the email address of the employee's manager
   * @param managerName the full name of the employee's manager
   * @param personEmail the employee's email address
   * @param personName the employee's full name
   * @param limit the maximum number of check-ins in the response, or {@code null}
   * @param offset the index of the first check-in returned, or {@code null}
   * @return the call
   */
  @GET("api/v2/checkins/")
  Call<CheckinPage> listCheckins(
      @Query("date_from") LocalDate dateFrom,
      @Query("date_to") LocalDate dateTo,
      @Query("department") String department,
      @Query("manager_email") String managerEmail,
      @Query("manager_name") String managerName,
      @Query("person_email") String personEmail,
      @Query("person_name") String personName,
      @Query("limit") Integer limit,
      @Query("offset") Long offset);

  /**
   * Follows a {@code next} link of {@link #listCheckins}.
   *
   * @param url the absolute link the server sent
   * @return the call
   */
  @GET
  Call<CheckinPage> listCheckinsPage(@Url String url);

  /**
   * {@code GET api/v2/checkins/{api_id}/}: one check-in with its responses.
   *
   * @param apiId the check-in's id, already percent-encoded ({@code 580%3Ace41...})
   * @return the call
   */
  @GET("api/v2/checkins/{api_id}/")
  Call<CheckinDetail> getCheckin(@Path(value = "api_id", encoded = true) String apiId);
}
