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
   * A builder.
   *
   * @return a new builder
   */
  static ImmutableGoalLinks.Builder builder() {
    return ImmutableGoalLinks.builder();
  }
}
