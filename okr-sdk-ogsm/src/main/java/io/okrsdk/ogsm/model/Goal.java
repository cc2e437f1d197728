package io.okrsdk.ogsm.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import org.immutables.value.Value;

/**
 * A goal of an OGSM: a measurable result the objective is judged by. Its measurements are {@link
 * GoalMeasurement}s.
 */
@OkrModel
@Value.Immutable
public interface Goal extends Measurable, HasUnrecognized {
  /**
   * A new builder.
   *
   * @return the builder
   */
  static ImmutableGoal.Builder builder() {
    return ImmutableGoal.builder();
  }
}
