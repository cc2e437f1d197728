package io.okrsdk.jira.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A key result of an objective ({@link #parentObjectiveId()}). */
@OkrModel
@Value.Immutable
public interface KeyResult extends OkrItem, HasUnrecognized {
  /**
   * The ids of the Jira issues linked to it.
   *
   * @return the issue ids, possibly empty
   */
  List<String> issueIds();

  /**
   * The unit its values are measured in.
   *
   * @return the unit, when set
   */
  Optional<KeyResultUnit> unit();

  /**
   * How its progress is measured.
   *
   * @return the definition, when sent
   */
  Optional<ProgressDefinition> currentProgressDefinition();

  /**
   * The id of its OKR type.
   *
   * @return the type id, when set
   */
  Optional<String> typeId();

  /**
   * The name of its OKR type.
   *
   * @return the type name, when set
   */
  Optional<String> typeName();

  /**
   * A builder with one method per attribute, named like the attribute's accessor above: an
   * {@code Optional<T>} attribute is set with a {@code T} (or an {@code Optional}), a list with
   * {@code addX(..)}, {@code addAllX(..)} or {@code x(Iterable)}, a map with {@code putX(..)}.
   * Unset optional attributes stay empty (a request model then leaves them out of the JSON);
   * {@code build()} throws {@link IllegalStateException} naming any required attribute that was
   * not set. The builder's type, {@code ImmutableKeyResult.Builder}, is generated at compile time
   * and not listed in this Javadoc.
   *
   * @return the builder
   */
  static ImmutableKeyResult.Builder builder() {
    return ImmutableKeyResult.builder();
  }
}
