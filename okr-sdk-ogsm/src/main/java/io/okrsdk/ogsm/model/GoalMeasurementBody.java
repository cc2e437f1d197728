package io.okrsdk.ogsm.model;

import com.squareup.moshi.Json;
import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import org.immutables.value.Value;

/**
 * The body of {@code POST /api/v2/goal_reports.json}: the new measurement wrapped as {@code
 * {"goal_report": {...}}}.
 */
@OkrModel
@Value.Immutable
public interface GoalMeasurementBody extends HasUnrecognized {
  /**
   * The measurement to create.
   *
   * @return the measurement
   */
  @Json(name = "goal_report")
  NewGoalMeasurement goalReport();

  /**
   * The body for a measurement.
   *
   * @param measurement the measurement to create
   * @return the body
   */
  static GoalMeasurementBody of(NewGoalMeasurement measurement) {
    return builder().goalReport(Arguments.require(measurement, "measurement")).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  static ImmutableGoalMeasurementBody.Builder builder() {
    return ImmutableGoalMeasurementBody.builder();
  }
}
