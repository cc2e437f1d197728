package io.okrsdk.ogsm;

import io.okrsdk.core.internal.ClientRuntime;
import io.okrsdk.ogsm.internal.OgsmApi;
import io.okrsdk.ogsm.model.GoalMeasurement;
import io.okrsdk.ogsm.model.GoalMeasurementBody;
import io.okrsdk.ogsm.model.NewGoalMeasurement;
import io.okrsdk.ogsm.model.Goal;
import java.math.BigDecimal;
import java.time.LocalDate;
import retrofit2.Call;

/**
 * The measurements of goals ({@code GET} and {@code POST /api/v2/goal_reports.json}): list them, or record
 * a new one by id ({@link #create(long, LocalDate, BigDecimal)}), for a {@link Goal} read
 * earlier, or with the optional fields through a {@link
 * NewGoalMeasurement#builder()}.
 *
 * <p>A create is a POST and is never re-sent by the SDK's retries: when the connection drops after
 * the request went out, or the server answers 5xx, the caller gets the exception and decides, since
 * the measurement may have been recorded.
 *
 * <p>Thread-safe; obtained from {@link OgsmClient#goalMeasurements()}.
 */
public final class GoalMeasurementService extends MeasurementService<GoalMeasurement, NewGoalMeasurement, Goal> {
  private final OgsmApi api;

  GoalMeasurementService(ClientRuntime runtime, OgsmApi api) {
    super(runtime, api::listGoalMeasurements, "goal", "goal measurement");
    this.api = api;
  }

  @Override
  NewGoalMeasurement newMeasurement(long itemId, LocalDate at, BigDecimal currentValue) {
    return NewGoalMeasurement.of(itemId, at, currentValue);
  }

  @Override
  Call<GoalMeasurement> createCall(NewGoalMeasurement measurement) {
    return api.createGoalMeasurement(GoalMeasurementBody.of(measurement));
  }
}
