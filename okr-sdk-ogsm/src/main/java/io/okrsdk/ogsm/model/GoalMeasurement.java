package io.okrsdk.ogsm.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import org.immutables.value.Value;

/**
 * A measurement recorded for a goal (a "goal report" in the API), such as {@code {"id": 123,
 * "goal": {"id": 456}, "at": "2024-01-01", "current_value": 78.9, ...}}.
 */
@OkrModel
@Value.Immutable
public interface GoalMeasurement extends Measurement, HasUnrecognized {
  /**
   * The goal the measurement belongs to.
   *
   * @return a reference to the goal
   */
  Reference goal();

  /**
   * A new builder.
   *
   * @return the builder
   */
  static ImmutableGoalMeasurement.Builder builder() {
    return ImmutableGoalMeasurement.builder();
  }
}
