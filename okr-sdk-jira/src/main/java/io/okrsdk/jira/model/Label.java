package io.okrsdk.jira.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.util.Optional;
import org.immutables.value.Value;

/** A label objectives and key results carry. */
@OkrModel
@Value.Immutable
public interface Label extends HasUnrecognized {
  /**
   * The label's id.
   *
   * @return the id
   */
  String id();

  /**
   * The label's name, such as {@code Research}.
   *
   * @return the name, when sent
   */
  Optional<String> name();

  /**
   * A new builder.
   *
   * @return the builder
   */
  static ImmutableLabel.Builder builder() {
    return ImmutableLabel.builder();
  }
}
