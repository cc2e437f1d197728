package io.okrsdk.gtmhub.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A goal's links to other entities: {@code links}. Left out of responses unless asked for with a
 * fields projection such as {@code links{expanded}}.
 */
@OkrModel
@Value.Immutable
public interface GoalLinks extends HasUnrecognized {
  /**
   * The expanded linked entities, whose shape the vendor does not document: kept as plain JSON
   * values ({@code Map}, {@code List}, {@code String}, {@code Double}, {@code Boolean}).
   *
   * @return the expanded links
   */
  Optional<Object> expanded();

  /**
   * A builder with one method per attribute, named like the attribute's accessor above: an
   * {@code Optional<T>} attribute is set with a {@code T} (or an {@code Optional}), a list with
   * {@code addX(..)}, {@code addAllX(..)} or {@code x(Iterable)}, a map with {@code putX(..)}.
   * Unset optional attributes stay empty (a request model then leaves them out of the JSON);
   * {@code build()} throws {@link IllegalStateException} naming any required attribute that was
   * not set. The builder's type, {@code ImmutableGoalLinks.Builder}, is generated at compile time
   * and not listed in this Javadoc.
   *
   * @return a new builder
   */
  static ImmutableGoalLinks.Builder builder() {
    return ImmutableGoalLinks.builder();
  }
}
