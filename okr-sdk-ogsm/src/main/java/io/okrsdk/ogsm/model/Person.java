package io.okrsdk.ogsm.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import org.immutables.value.Value;

/**
 * A person as the API names one: an item's {@code assignee} (its owner) or one of an action's
 * {@code involved} people, such as {@code {"name": "Firstname Lastname"}}.
 */
@OkrModel
@Value.Immutable
public interface Person extends HasUnrecognized {
  /**
   * The person's display name.
   *
   * @return the name
   */
  String name();

  /**
   * A new builder.
   *
   * @return the builder
   */
  static ImmutablePerson.Builder builder() {
    return ImmutablePerson.builder();
  }
}
