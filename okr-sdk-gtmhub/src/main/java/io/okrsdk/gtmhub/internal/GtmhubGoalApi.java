package io.okrsdk.gtmhub.internal;

import io.okrsdk.gtmhub.model.CreatedGoals;
import io.okrsdk.gtmhub.model.Goal;
import io.okrsdk.gtmhub.model.GoalComment;
import io.okrsdk.gtmhub.model.GoalConfidence;
import io.okrsdk.gtmhub.model.GoalGroupList;
import io.okrsdk.gtmhub.model.GoalIdsEnvelope;
import io.okrsdk.gtmhub.model.GoalList;
import io.okrsdk.gtmhub.model.GoalPatch;
import io.okrsdk.gtmhub.model.GoalRequest;
import io.okrsdk.gtmhub.model.GoalReviewers;
import io.okrsdk.gtmhub.model.GoalsEnvelope;
import io.okrsdk.gtmhub.model.WorkflowActionList;
import java.time.LocalDate;
import java.util.List;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.HTTP;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * The goals (objectives) endpoints of the Gtmhub / Quantive Results API, one method per
 * documented endpoint. Paths are relative, so they resolve under a base URL with a prefix such as
 * {@code https://app.quantive.com/results/}.
 *
 * <p>This is the raw layer: run its calls through {@link GtmhubClient#goals()} for the SDK's error
 * mapping, paging and input checks. Path ids must be encoded with {@link
 * io.okrsdk.core.internal.PathSegments#encode(String, String)}; {@code null} query values are left out.
 */
public interface GtmhubGoalApi {
  /**
   * {@code GET /api/v2/goals}: one page of goals (without metrics and {@code links.expanded} unless
   * projected).
   *
   * @param fields the projection, such as {@code name,description}
   * @param sort the order, such as {@code -name,dateCreated}
   * @param filter the MongoDB-style filter
   * @param skip goals to skip
   * @param limit goals to return (the service's default is 100)
   * @param formatting {@code mentionsMarkup} or {@code plainText}
   * @return the call
   */
  @GET("api/v2/goals")
  Call<GoalList> listGoals(
      @Query("fields") String fields,
      @Query("sort") String sort,
      @Query("filter") String filter,
      @Query("skip") Long skip,
      @Query("limit") Integer limit,
      @Query("formatting") String formatting);

  /**
   * {@code GET /api/v1/goals/groupBy/owners}: users or teams that own goals, with their goals.
   *
   * @param filter {@code current}, {@code past} or {@code future}
   * @param ids goal ids joined with commas
   * @param ownerIds owner ids joined with commas
   * @param metricOwnerId metric owner ids joined with commas
   * @param attainment a comparison such as {@code >0.5}
   * @param metricBefore metrics checked in before this date
   * @param metricAfter metrics checked in after this date
   * @param metricAttainment a comparison such as {@code >1}
   * @param sort the order, such as {@code -attainment}
   * @param includeMetrics whether goals carry their metrics
   * @param skip groups to skip
   * @param take groups to return
   * @return the call
   */
  @GET("api/v1/goals/groupBy/owners")
  Call<GoalGroupList> groupByOwners(
      @Query("filter") String filter,
      @Query("ids") String ids,
      @Query("ownerIds") String ownerIds,
      @Query("metricOwnerId") String metricOwnerId,
      @Query("attainment") String attainment,
      @Query("metricBefore") LocalDate metricBefore,
      @Query("metricAfter") LocalDate metricAfter,
      @Query("metricAttainment") String metricAttainment,
      @Query("sort") String sort,
      @Query("includeMetrics") Boolean includeMetrics,
      @Query("skip") Long skip,
      @Query("take") Integer take);

  /**
   * {@code GET /api/v1/goals/groupBy/reviewers}: users selected as reviewers, with the goals they
   * are to review.
   *
   * @param filter {@code current}, {@code past} or {@code future}
   * @param ids goal ids joined with commas
   * @param ownerIds owner ids joined with commas
   * @param metricOwnerId metric owner ids joined with commas
   * @param attainment a comparison such as {@code >0.5}
   * @param metricBefore metrics checked in before this date
   * @param metricAfter metrics checked in after this date
   * @param metricAttainment a comparison such as {@code >1}
   * @param sort the order, such as {@code -attainment}
   * @param includeMetrics whether goals carry their metrics
   * @param skip groups to skip
   * @param take groups to return
   * @return the call
   */
  @GET("api/v1/goals/groupBy/reviewers")
  Call<GoalGroupList> groupByReviewers(
      @Query("filter") String filter,
      @Query("ids") String ids,
      @Query("ownerIds") String ownerIds,
      @Query("metricOwnerId") String metricOwnerId,
      @Query("attainment") String attainment,
      @Query("metricBefore") LocalDate metricBefore,
      @Query("metricAfter") LocalDate metricAfter,
      @Query("metricAttainment") String metricAttainment,
      @Query("sort") String sort,
      @Query("includeMetrics") Boolean includeMetrics,
      @Query("skip") Long skip,
      @Query("take") Integer take);

  /**
   * {@code GET /api/v1/goals/metric/{ownerId}}: goals with metrics owned by a user or team.
   *
   * @param ownerId the metric owner's id, encoded
   * @return the call
   */
  @GET("api/v1/goals/metric/{ownerId}")
  Call<GoalList> goalsByMetricOwner(@Path(value = "ownerId", encoded = true) String ownerId);

  /**
   * {@code GET /api/v1/goals/{goalId}}: one goal.
   *
   * @param goalId the goal's id, encoded
   * @param fields the projection, such as {@code name,metrics{name,attainment},links{expanded}}
   * @param formatting {@code mentionsMarkup} or {@code plainText}
   * @return the call
   */
  @GET("api/v1/goals/{goalId}")
  Call<Goal> getGoal(
      @Path(value = "goalId", encoded = true) String goalId,
      @Query("fields") String fields,
      @Query("formatting") String formatting);

  /**
   * {@code GET /api/v1/goals/{goalId}/workflow-actions}: the goal's workflow actions.
   *
   * @param goalId the goal's id, encoded
   * @return the call
   */
  @GET("api/v1/goals/{goalId}/workflow-actions")
  Call<WorkflowActionList> getWorkflowActions(@Path(value = "goalId", encoded = true) String goalId);

  /**
   * {@code POST /api/v1/goals}: creates a goal (201 with the new goal).
   *
   * @param goal the goal
   * @return the call
   */
  @POST("api/v1/goals")
  Call<Goal> createGoal(@Body GoalRequest goal);

  /**
   * {@code POST /api/v1/goals/bulk}: creates several goals; the body is a JSON array.
   *
   * @param goals the goals
   * @return the call
   */
  @POST("api/v1/goals/bulk")
  Call<CreatedGoals> createGoals(@Body List<GoalRequest> goals);

  /**
   * {@code POST /api/v1/goals/bulk} with the other reading of the reference: the goals wrapped as
   * {@code {"goals": [...]}}.
   *
   * @param goals the wrapped goals
   * @return the call
   */
  @POST("api/v1/goals/bulk")
  Call<CreatedGoals> createGoalsWrapped(@Body GoalsEnvelope goals);

  /**
   * {@code POST /api/v1/goals/{goalId}/approve}: approves a goal under approval workflow (204).
   *
   * @param goalId the goal's id, encoded
   * @param comment the reason
   * @return the call
   */
  @POST("api/v1/goals/{goalId}/approve")
  Call<Void> approveGoal(@Path(value = "goalId", encoded = true) String goalId, @Body GoalComment comment);

  /**
   * {@code POST /api/v1/goals/{goalId}/decline}: declines a goal, which goes back to draft (204).
   *
   * @param goalId the goal's id, encoded
   * @param comment the reason
   * @return the call
   */
  @POST("api/v1/goals/{goalId}/decline")
  Call<Void> declineGoal(@Path(value = "goalId", encoded = true) String goalId, @Body GoalComment comment);

  /**
   * {@code POST /api/v1/goals/{goalId}/review}: selects the goal's reviewers (204; 409 on
   * conflict).
   *
   * @param goalId the goal's id, encoded
   * @param reviewers the reviewers' user ids
   * @return the call
   */
  @POST("api/v1/goals/{goalId}/review")
  Call<Void> reviewGoal(@Path(value = "goalId", encoded = true) String goalId, @Body GoalReviewers reviewers);

  /**
   * {@code POST /api/v1/goals/{goalId}/withdraw}: puts the goal back in draft (204); no body.
   *
   * @param goalId the goal's id, encoded
   * @return the call
   */
  @POST("api/v1/goals/{goalId}/withdraw")
  Call<Void> withdrawGoal(@Path(value = "goalId", encoded = true) String goalId);

  /**
   * {@code PUT /api/v1/goals/{goalId}}: replaces a goal (423 when it is locked).
   *
   * @param goalId the goal's id, encoded
   * @param goal the whole goal
   * @return the call
   * @deprecated The vendor deprecated this endpoint: use {@link #patchGoal(String, GoalPatch)}.
   */
  @Deprecated
  @PUT("api/v1/goals/{goalId}")
  Call<Goal> replaceGoal(@Path(value = "goalId", encoded = true) String goalId, @Body GoalRequest goal);

  /**
   * {@code PUT /api/v1/goals/{goalId}/confidence}: sets a confidence on the whole goal.
   *
   * @param goalId the goal's id, encoded
   * @param confidence the confidence
   * @return the call
   * @deprecated The vendor deprecated this endpoint: confidence is available on the key result
   *     level; update the key result (PATCH Key Result) instead.
   */
  @Deprecated
  @PUT("api/v1/goals/{goalId}/confidence")
  Call<Goal> updateGoalConfidence(
      @Path(value = "goalId", encoded = true) String goalId, @Body GoalConfidence confidence);

  /**
   * {@code PATCH /api/v1/goals/{goalId}}: changes the fields set in the body (423 when the goal is
   * locked).
   *
   * @param goalId the goal's id, encoded
   * @param patch the fields to change
   * @return the call
   */
  @PATCH("api/v1/goals/{goalId}")
  Call<Goal> patchGoal(@Path(value = "goalId", encoded = true) String goalId, @Body GoalPatch patch);

  /**
   * {@code DELETE /api/v1/goals/bulk}: deletes goals; the body is a JSON array of their ids.
   *
   * @param goalIds the goals' ids
   * @return the call
   */
  @HTTP(method = "DELETE", path = "api/v1/goals/bulk", hasBody = true)
  Call<Void> deleteGoals(@Body List<String> goalIds);

  /**
   * {@code DELETE /api/v1/goals/bulk} with the other reading of the reference: the ids wrapped as
   * {@code {"goalsIds": [...]}}.
   *
   * @param goalIds the wrapped ids
   * @return the call
   */
  @HTTP(method = "DELETE", path = "api/v1/goals/bulk", hasBody = true)
  Call<Void> deleteGoalsWrapped(@Body GoalIdsEnvelope goalIds);

  /**
   * {@code DELETE /api/v1/goals/{goalId}}: deletes a goal.
   *
   * @param goalId the goal's id, encoded
   * @return the call
   */
  @DELETE("api/v1/goals/{goalId}")
  Call<Void> deleteGoal(@Path(value = "goalId", encoded = true) String goalId);
}
