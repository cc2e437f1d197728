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
   * A new builder.
   *
   * @return the builder
   */
  static ImmutableTeam.Builder builder() {
    return ImmutableTeam.builder();
  }
}
