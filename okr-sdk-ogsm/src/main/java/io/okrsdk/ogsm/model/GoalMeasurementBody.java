package io.okrsdk.ogsm.model;

import com.squareup.moshi.Json;
import io.okrsdk.core.internal.Checks;
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
    return builder().goalReport(Checks.require(measurement, "measurement")).build();
  }

  /**
   * A builder with one method per attribute, named like the attribute's accessor above: an
   * {@code Optional<T>} attribute is set with a {@code T} (or an {@code Optional}), a list with
   * {@code addX(..)}, {@code addAllX(..)} or {@code x(Iterable)}, a map with {@code putX(..)}.
   * Unset optional attributes stay empty (a request model then leaves them out of the JSON);
   * {@code build()} throws {@link IllegalStateException} naming any required attribute that was
   * not set. The builder's type, {@code ImmutableGoalMeasurementBody.Builder}, is generated at compile time
   * and not listed in this Javadoc.
   *
   * @return the builder
   */
  static ImmutableGoalMeasurementBody.Builder builder() {
    return ImmutableGoalMeasurementBody.builder();
  }
}
