package io.okrsdk.ogsm.model;

import io.okrsdk.core.json.AcceptsWrapped;
import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import org.immutables.value.Value;

/**
 * A measurement recorded for a goal (a "goal report" in the API), such as {@code {"id": 123,
 * "goal": {"id": 456}, "at": "2024-01-01", "current_value": 78.9, ...}}.
 */
@OkrModel
@AcceptsWrapped
@Value.Immutable
public interface GoalMeasurement extends Measurement, HasUnrecognized {
  /**
   * The goal the measurement belongs to.
   *
   * @return a reference to the goal
   */
  Reference goal();

  /**
   * A builder with one method per attribute, named like the attribute's accessor above: an
   * {@code Optional<T>} attribute is set with a {@code T} (or an {@code Optional}), a list with
   * {@code addX(..)}, {@code addAllX(..)} or {@code x(Iterable)}, a map with {@code putX(..)}.
   * Unset optional attributes stay empty (a request model then leaves them out of the JSON);
   * {@code build()} throws {@link IllegalStateException} naming any required attribute that was
   * not set. The builder's type, {@code ImmutableGoalMeasurement.Builder}, is generated at compile time
   * and not listed in this Javadoc.
   *
   * @return the builder
   */
  static ImmutableGoalMeasurement.Builder builder() {
    return ImmutableGoalMeasurement.builder();
  }
}
