package io.okrsdk.jira.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** An objective, with the ids of its key results and child objectives. */
@OkrModel
@Value.Immutable
public interface Objective extends OkrItem, HasUnrecognized {
  /**
   * The ids of its key results.
   *
   * @return the key result ids, possibly empty
   */
  List<String> krIds();

  /**
   * The ids of its child objectives.
   *
   * @return the child objective ids, possibly empty
   */
  List<String> childObjectiveIds();

  /**
   * The id of its OKR type.
   *
   * @return the type id, when set
   */
  Optional<String> okrTypeId();

  /**
   * The name of its OKR type.
   *
   * @return the type name, when set
   */
  Optional<String> okrTypeName();

  /**
   * The background colour of its icon.
   *
   * @return the colour, when set
   */
  Optional<String> iconBackgroundColor();

  /**
   * The text colour of its icon.
   *
   * @return the colour, when set
   */
  Optional<String> iconTextColor();

  /**
   * A builder with one method per attribute, named like the attribute's accessor above: an
   * {@code Optional<T>} attribute is set with a {@code T} (or an {@code Optional}), a list with
   * {@code addX(..)}, {@code addAllX(..)} or {@code x(Iterable)}, a map with {@code putX(..)}.
   * Unset optional attributes stay empty (a request model then leaves them out of the JSON);
   * {@code build()} throws {@link IllegalStateException} naming any required attribute that was
   * not set. The builder's type, {@code ImmutableObjective.Builder}, is generated at compile time
   * and not listed in this Javadoc.
   *
   * @return the builder
   */
  static ImmutableObjective.Builder builder() {
    return ImmutableObjective.builder();
  }
}
