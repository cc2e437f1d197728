package io.okrsdk.ogsm.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import org.immutables.value.Value;

/**
 * The workflow status of an action, such as {@code {"name": "doing"}}. The names are the
 * environment's own, so they are kept as text.
 */
@OkrModel
@Value.Immutable
public interface ActionStatus extends HasUnrecognized {
  /**
   * The status's name, such as {@code doing}.
   *
   * @return the name
   */
  String name();

  /**
   * A new builder.
   *
   * @return the builder
   */
  static ImmutableActionStatus.Builder builder() {
    return ImmutableActionStatus.builder();
  }
}
