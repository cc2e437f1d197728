package io.okrsdk.gtmhub.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A confidence on a whole goal, the body of the deprecated {@code PUT goals/{goalId}/confidence}.
 * Confidence now lives on key results: see {@link MetricConfidence}.
 */
@OkrModel
@Value.Immutable
public interface GoalConfidence extends HasUnrecognized {
  /**
   * The confidence value.
   *
   * @return the value
   */
  double value();

  /**
   * Why this confidence was chosen.
   *
   * @return the reason
   */
  Optional<String> reason();

  /**
   * A builder.
   *
   * @return a new builder
   */
  static ImmutableGoalConfidence.Builder builder() {
    return ImmutableGoalConfidence.builder();
  }
}
