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
   * A builder with one method per attribute, named like the attribute's accessor above: an
   * {@code Optional<T>} attribute is set with a {@code T} (or an {@code Optional}), a list with
   * {@code addX(..)}, {@code addAllX(..)} or {@code x(Iterable)}, a map with {@code putX(..)}.
   * Unset optional attributes stay empty (a request model then leaves them out of the JSON);
   * {@code build()} throws {@link IllegalStateException} naming any required attribute that was
   * not set. The builder's type, {@code ImmutableProgressDefinition.Builder}, is generated at compile time
   * and not listed in this Javadoc.
   *
   * @return the builder
   */
  static ImmutableProgressDefinition.Builder builder() {
    return ImmutableProgressDefinition.builder();
  }
}
