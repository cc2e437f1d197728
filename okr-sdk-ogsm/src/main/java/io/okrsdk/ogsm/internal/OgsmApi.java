package io.okrsdk.ogsm.internal;

import io.okrsdk.ogsm.model.Action;
import io.okrsdk.ogsm.model.Goal;
import io.okrsdk.ogsm.model.GoalMeasurement;
import io.okrsdk.ogsm.model.GoalMeasurementBody;
import io.okrsdk.ogsm.model.Kpi;
import io.okrsdk.ogsm.model.NewAction;
import io.okrsdk.ogsm.model.KpiMeasurement;
import io.okrsdk.ogsm.model.KpiMeasurementBody;
import io.okrsdk.ogsm.model.Objective;
import io.okrsdk.ogsm.model.Strategy;
import java.util.List;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Headers;
import retrofit2.http.POST;

/**
 * The OGSM API as documented, one method per endpoint. Paths are relative to the client's base URL.
 * Lists return the whole collection as one JSON array (the API documents no paging).
 *
 * <p>Most callers use the services of {@link OgsmClient}, which run these calls with the SDK's error
 * mapping and offer listings as {@code PagedIterable}s.
 */
public interface OgsmApi {
  /**
   * {@code GET /api/v2/objectives.json}: every objective.
   *
   * @return the call
   */
  @GET("api/v2/objectives.json")
  Call<List<Objective>> listObjectives();

  /**
   * {@code GET /api/v2/goals.json}: every goal.
   *
   * @return the call
   */
  @GET("api/v2/goals.json")
  Call<List<Goal>> listGoals();

  /**
   * {@code GET /api/v2/goal_reports.json}: every goal measurement.
   *
   * @return the call
   */
  @GET("api/v2/goal_reports.json")
  Call<List<GoalMeasurement>> listGoalMeasurements();

  /**
   * {@code POST /api/v2/goal_reports.json}: creates a goal measurement; the server answers with the
   * created measurement and its new id.
   *
   * @param body {@code {"goal_report": {...}}}
   * @return the call
   */
  @POST("api/v2/goal_reports.json")
  @Headers("Content-Type: application/json")
  Call<GoalMeasurement> createGoalMeasurement(@Body GoalMeasurementBody body);

  /**
   * {@code GET /api/v2/strategies.json}: every strategy.
   *
   * @return the call
   */
  @GET("api/v2/strategies.json")
  Call<List<Strategy>> listStrategies();

  /**
   * {@code GET /api/v2/indicators.json}: every KPI.
   *
   * @return the call
   */
  @GET("api/v2/indicators.json")
  Call<List<Kpi>> listKpis();

  /**
   * {@code GET /api/v2/indicator_reports.json}: every KPI measurement.
   *
   * @return the call
   */
  @GET("api/v2/indicator_reports.json")
  Call<List<KpiMeasurement>> listKpiMeasurements();

  /**
   * {@code POST /api/v2/indicator_reports.json}: creates a KPI measurement; the server answers with
   * the created measurement and its new id.
   *
   * @param body {@code {"indicator_report": {...}}}
   * @return the call
   */
  @POST("api/v2/indicator_reports.json")
  @Headers("Content-Type: application/json")
  Call<KpiMeasurement> createKpiMeasurement(@Body KpiMeasurementBody body);

  /**
   * {@code GET /api/v2/actions.json}: every action.
   *
   * @return the call
   */
  @GET("api/v2/actions.json")
  Call<List<Action>> listActions();

  /**
   * {@code POST /api/v2/actions.json}: creates an action; the body is the action object itself, as
   * the vendor's page describes it, and the server answers with the created action and its id.
   *
   * @param action the action
   * @return the call
   */
  @POST("api/v2/actions.json")
  @Headers("Content-Type: application/json")
  Call<Action> createAction(@Body NewAction action);
}
