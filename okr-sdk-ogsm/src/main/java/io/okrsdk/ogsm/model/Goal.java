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
   * A builder with one method per attribute, named like the attribute's accessor above: an
   * {@code Optional<T>} attribute is set with a {@code T} (or an {@code Optional}), a list with
   * {@code addX(..)}, {@code addAllX(..)} or {@code x(Iterable)}, a map with {@code putX(..)}.
   * Unset optional attributes stay empty (a request model then leaves them out of the JSON);
   * {@code build()} throws {@link IllegalStateException} naming any required attribute that was
   * not set. The builder's type, {@code ImmutableGoal.Builder}, is generated at compile time
   * and not listed in this Javadoc.
   *
   * @return the builder
   */
  static ImmutableGoal.Builder builder() {
    return ImmutableGoal.builder();
  }
}
