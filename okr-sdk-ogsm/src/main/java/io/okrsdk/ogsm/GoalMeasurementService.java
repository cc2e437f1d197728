package io.okrsdk.ogsm;

import io.okrsdk.core.ClientRuntime;
import io.okrsdk.core.http.CancellableFutures;
import io.okrsdk.core.paging.PagedIterable;
import io.okrsdk.ogsm.model.Goal;
import io.okrsdk.ogsm.model.GoalMeasurement;
import io.okrsdk.ogsm.model.GoalMeasurementBody;
import io.okrsdk.ogsm.model.NewGoalMeasurement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The measurements of goals ({@code GET} and {@code POST /api/v2/goal_reports.json}): list them, or
 * record a new one.
 *
 * <p>A create is a POST and is never re-sent by the SDK's retries: when the connection drops after
 * the request went out, or the server answers 5xx, the caller gets the exception and decides, since
 * the measurement may have been recorded.
 *
 * <p>Thread-safe; obtained from {@link OgsmClient#goalMeasurements()}.
 */
public final class GoalMeasurementService {
  private final ClientRuntime runtime;
  private final OgsmApi api;
  private final Listing<GoalMeasurement> listing;

  GoalMeasurementService(ClientRuntime runtime, OgsmApi api) {
    this.runtime = runtime;
    this.api = api;
    this.listing = new Listing<>(runtime, api::listGoalMeasurements, "goal measurements");
  }

  /**
   * Every goal measurement, as a lazy listing: nothing is requested until iteration begins, and each
   * iteration requests the list afresh.
   *
   * @return the listing; iterating it throws the SDK's exceptions
   */
  public PagedIterable<GoalMeasurement> list() {
    return listing.lazy();
  }

  /**
   * Every goal measurement, fetched now.
   *
   * @return the measurements, unmodifiable, in the server's order
   * @throws io.okrsdk.core.OkrException when the request fails
   */
  public List<GoalMeasurement> listAll() {
    return listing.all();
  }

  /**
   * Every goal measurement, fetched asynchronously.
   *
   * @return a future of the measurements, completed exceptionally with the SDK's exception on
   *     failure
   */
  public CompletableFuture<List<GoalMeasurement>> listAllAsync() {
    return listing.allAsync();
  }

  /**
   * Records a value for a goal on a date.
   *
   * @param goalId the goal's id, positive
   * @param at the date the value is for
   * @param currentValue the measured value
   * @return the created measurement, with the id the server generated
   * @throws IllegalArgumentException when a value is missing or the id is not positive; nothing is
   *     sent then
   * @throws io.okrsdk.core.OkrException when the request fails
   */
  public GoalMeasurement create(long goalId, LocalDate at, BigDecimal currentValue) {
    return create(NewGoalMeasurement.of(goalId, at, currentValue));
  }

  /**
   * Records a value for a goal read earlier, on a date.
   *
   * @param goal the goal, as listed by the API
   * @param at the date the value is for
   * @param currentValue the measured value
   * @return the created measurement, with the id the server generated
   * @throws IllegalArgumentException when a value is missing; nothing is sent then
   * @throws io.okrsdk.core.OkrException when the request fails
   */
  public GoalMeasurement create(Goal goal, LocalDate at, BigDecimal currentValue) {
    return create(Arguments.require(goal, "goal").id(), at, currentValue);
  }

  /**
   * Records a measurement with any of the optional fields (target value, status colour, whether it
   * shows on the OGSM, description).
   *
   * @param measurement the measurement, built with {@link NewGoalMeasurement#builder()}
   * @return the created measurement, with the id the server generated
   * @throws IllegalArgumentException when {@code measurement} is null; nothing is sent then
   * @throws io.okrsdk.core.OkrException when the request fails
   */
  public GoalMeasurement create(NewGoalMeasurement measurement) {
    GoalMeasurementBody body = GoalMeasurementBody.of(measurement);
    return Responses.created(runtime.execute(api.createGoalMeasurement(body)), "goal measurement");
  }

  /**
   * Records a value for a goal on a date, asynchronously. Invalid arguments are refused at once.
   *
   * @param goalId the goal's id, positive
   * @param at the date the value is for
   * @param currentValue the measured value
   * @return a future of the created measurement, completed exceptionally with the SDK's exception
   *     on failure
   * @throws IllegalArgumentException when a value is missing or the id is not positive
   */
  public CompletableFuture<GoalMeasurement> createAsync(long goalId, LocalDate at, BigDecimal currentValue) {
    return createAsync(NewGoalMeasurement.of(goalId, at, currentValue));
  }

  /**
   * Records a value for a goal read earlier, on a date, asynchronously. Invalid arguments are
   * refused at once.
   *
   * @param goal the goal, as listed by the API
   * @param at the date the value is for
   * @param currentValue the measured value
   * @return a future of the created measurement, completed exceptionally with the SDK's exception
   *     on failure
   * @throws IllegalArgumentException when a value is missing
   */
  public CompletableFuture<GoalMeasurement> createAsync(Goal goal, LocalDate at, BigDecimal currentValue) {
    return createAsync(Arguments.require(goal, "goal").id(), at, currentValue);
  }

  /**
   * Records a measurement with any of the optional fields, asynchronously. Invalid arguments are
   * refused at once.
   *
   * @param measurement the measurement, built with {@link NewGoalMeasurement#builder()}
   * @return a future of the created measurement, completed exceptionally with the SDK's exception
   *     on failure
   * @throws IllegalArgumentException when {@code measurement} is null
   */
  public CompletableFuture<GoalMeasurement> createAsync(NewGoalMeasurement measurement) {
    GoalMeasurementBody body = GoalMeasurementBody.of(measurement);
    return CancellableFutures.map(
        runtime.executeAsync(api.createGoalMeasurement(body)), created -> Responses.created(created, "goal measurement"));
  }
}
