package io.okrsdk.jira.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.util.Optional;
import org.immutables.value.Value;

/** The unit a key result's values are measured in. */
@OkrModel
@Value.Immutable
public interface KeyResultUnit extends HasUnrecognized {
  /**
   * The unit's name, such as {@code Dollars}.
   *
   * @return the name, when sent
   */
  Optional<String> name();

  /**
   * The unit's symbol, such as {@code $}.
   *
   * @return the symbol, when sent
   */
  Optional<String> symbol();

  /**
   * A new builder.
   *
   * @return the builder
   */
  static ImmutableKeyResultUnit.Builder builder() {
    return ImmutableKeyResultUnit.builder();
  }
}
