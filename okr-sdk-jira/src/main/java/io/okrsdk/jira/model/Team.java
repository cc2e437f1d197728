package io.okrsdk.jira.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.util.Optional;
import org.immutables.value.Value;

/** A team objectives and key results are assigned to. */
@OkrModel
@Value.Immutable
public interface Team extends HasUnrecognized {
  /**
   * The team's id (may be a numeric string).
   *
   * @return the id
   */
  String id();

  /**
   * The team's name.
   *
   * @return the name, when sent
   */
  Optional<String> name();

  /**
   * A builder with one method per attribute, named like the attribute's accessor above: an
   * {@code Optional<T>} attribute is set with a {@code T} (or an {@code Optional}), a list with
   * {@code addX(..)}, {@code addAllX(..)} or {@code x(Iterable)}, a map with {@code putX(..)}.
   * Unset optional attributes stay empty (a request model then leaves them out of the JSON);
   * {@code build()} throws {@link IllegalStateException} naming any required attribute that was
   * not set. The builder's type, {@code ImmutableTeam.Builder}, is generated at compile time
   * and not listed in this Javadoc.
   *
   * @return the builder
   */
  static ImmutableTeam.Builder builder() {
    return ImmutableTeam.builder();
  }
}
