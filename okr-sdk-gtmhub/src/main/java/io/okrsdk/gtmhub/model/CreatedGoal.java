package io.okrsdk.gtmhub.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.util.Optional;
import org.immutables.value.Value;

/** One goal made by a bulk create: its new id and name. */
@OkrModel
@Value.Immutable
public interface CreatedGoal extends HasUnrecognized {
  /**
   * The new goal's id.
   *
   * @return the id
   */
  String id();

  /**
   * The new goal's name.
   *
   * @return the name
   */
  Optional<String> name();

  /**
   * A builder with one method per attribute, named like the attribute's accessor above: an
   * {@code Optional<T>} attribute is set with a {@code T} (or an {@code Optional}), a list with
   * {@code addX(..)}, {@code addAllX(..)} or {@code x(Iterable)}, a map with {@code putX(..)}.
   * Unset optional attributes stay empty (a request model then leaves them out of the JSON);
   * {@code build()} throws {@link IllegalStateException} naming any required attribute that was
   * not set. The builder's type, {@code ImmutableCreatedGoal.Builder}, is generated at compile time
   * and not listed in this Javadoc.
   *
   * @return a new builder
   */
  static ImmutableCreatedGoal.Builder builder() {
    return ImmutableCreatedGoal.builder();
  }
}
