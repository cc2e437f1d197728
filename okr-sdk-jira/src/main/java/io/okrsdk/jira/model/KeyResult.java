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
   * A new builder.
   *
   * @return the builder
   */
  static ImmutableKeyResult.Builder builder() {
    return ImmutableKeyResult.builder();
  }
}
