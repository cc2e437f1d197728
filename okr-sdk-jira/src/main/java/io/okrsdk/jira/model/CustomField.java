package io.okrsdk.jira.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import io.okrsdk.core.json.OpenEnum;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The definition of a custom field. Objectives and key results carry the values in {@code
 * customFields()}, keyed by this definition's {@link #id()}.
 */
@OkrModel
@Value.Immutable
public interface CustomField extends HasUnrecognized {
  /**
   * The field's id.
   *
   * @return the id
   */
  String id();

  /**
   * The field's name.
   *
   * @return the name, when sent
   */
  Optional<String> name();

  /**
   * The kind of value the field holds; values newer than this SDK are kept.
   *
   * @return the type, when sent
   */
  Optional<OpenEnum<CustomFieldType>> type();

  /**
   * A new builder.
   *
   * @return the builder
   */
  static ImmutableCustomField.Builder builder() {
    return ImmutableCustomField.builder();
  }
}
