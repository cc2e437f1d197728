package io.okrsdk.jira.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.util.Optional;
import org.immutables.value.Value;

/** A user-defined OKR type (objectives refer to it by {@code okrTypeId}, key results by {@code typeId}). */
@OkrModel
@Value.Immutable
public interface OkrType extends HasUnrecognized {
  /**
   * The type's id.
   *
   * @return the id
   */
  String id();

  /**
   * The type's name.
   *
   * @return the name, when sent
   */
  Optional<String> name();

  /**
   * The background colour of the type's badge, such as {@code #0052CC}.
   *
   * @return the colour, when sent
   */
  Optional<String> backgroundColor();

  /**
   * The text colour of the type's badge.
   *
   * @return the colour, when sent
   */
  Optional<String> textColor();

  /**
   * A new builder.
   *
   * @return the builder
   */
  static ImmutableOkrType.Builder builder() {
    return ImmutableOkrType.builder();
  }
}
