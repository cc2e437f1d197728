package io.okrsdk.ogsm.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import org.immutables.value.Value;

/**
 * A reference to another item by its id, such as a measurement's {@code {"goal": {"id": 456}}} or
 * a KPI's {@code "strategies": [{"id": 456}]}.
 */
@OkrModel
@Value.Immutable
public interface Reference extends HasUnrecognized {
  /**
   * The referenced item's id.
   *
   * @return the id
   */
  long id();

  /**
   * A reference to the item with the given id.
   *
   * @param id the id
   * @return the reference
   */
  static Reference of(long id) {
    return ImmutableReference.builder().id(id).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  static ImmutableReference.Builder builder() {
    return ImmutableReference.builder();
  }
}
