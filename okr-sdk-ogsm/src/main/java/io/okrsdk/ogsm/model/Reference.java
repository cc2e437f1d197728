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
   * A builder with one method per attribute, named like the attribute's accessor above: an
   * {@code Optional<T>} attribute is set with a {@code T} (or an {@code Optional}), a list with
   * {@code addX(..)}, {@code addAllX(..)} or {@code x(Iterable)}, a map with {@code putX(..)}.
   * Unset optional attributes stay empty (a request model then leaves them out of the JSON);
   * {@code build()} throws {@link IllegalStateException} naming any required attribute that was
   * not set. The builder's type, {@code ImmutableReference.Builder}, is generated at compile time
   * and not listed in this Javadoc.
   *
   * @return the builder
   */
  static ImmutableReference.Builder builder() {
    return ImmutableReference.builder();
  }
}
