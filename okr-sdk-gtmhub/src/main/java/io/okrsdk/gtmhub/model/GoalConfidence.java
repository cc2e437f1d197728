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
   * A builder with one method per attribute, named like the attribute's accessor above: an
   * {@code Optional<T>} attribute is set with a {@code T} (or an {@code Optional}), a list with
   * {@code addX(..)}, {@code addAllX(..)} or {@code x(Iterable)}, a map with {@code putX(..)}.
   * Unset optional attributes stay empty (a request model then leaves them out of the JSON);
   * {@code build()} throws {@link IllegalStateException} naming any required attribute that was
   * not set. The builder's type, {@code ImmutableGoalConfidence.Builder}, is generated at compile time
   * and not listed in this Javadoc.
   *
   * @return a new builder
   */
  static ImmutableGoalConfidence.Builder builder() {
    return ImmutableGoalConfidence.builder();
  }
}
