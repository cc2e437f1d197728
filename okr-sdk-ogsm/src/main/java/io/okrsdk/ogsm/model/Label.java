package io.okrsdk.ogsm.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import org.immutables.value.Value;

/** A label attached to an OGSM item, such as {@code {"name": "label 1"}}. */
@OkrModel
@Value.Immutable
public interface Label extends HasUnrecognized {
  /**
   * The label's text.
   *
   * @return the name
   */
  String name();

  /**
   * A new builder.
   *
   * @return the builder
   */
  static ImmutableLabel.Builder builder() {
    return ImmutableLabel.builder();
  }
}
