package io.okrsdk.jira.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import io.okrsdk.core.json.OpenEnum;
import java.util.Optional;
import org.immutables.value.Value;

/** How a key result's progress is measured: by hand from a start to a desired value, or by JQL. */
@OkrModel
@Value.Immutable
public interface ProgressDefinition extends HasUnrecognized {
  /**
   * The kind of measurement ({@code STANDARD} or {@code AUTO}); values newer than this SDK are kept.
   *
   * @return the type, when sent
   */
  Optional<OpenEnum<ProgressType>> type();

  /**
   * The value progress starts from.
   *
   * @return the start value, when set
   */
  Optional<Double> startValue();

  /**
   * The value that means 100 %.
   *
   * @return the desired value, when set
   */
  Optional<Double> desiredValue();

  /**
   * The Jira query that drives an automatic key result.
   *
   * @return the JQL, when the key result is JQL-driven
   */
  Optional<String> jql();

  /**
   * A new builder.
   *
   * @return the builder
   */
  static ImmutableProgressDefinition.Builder builder() {
    return ImmutableProgressDefinition.builder();
  }
}
