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
   * A builder.
   *
   * @return a new builder
   */
  static ImmutableCreatedGoal.Builder builder() {
    return ImmutableCreatedGoal.builder();
  }
}
