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
   * A builder with one method per attribute, named like the attribute's accessor above: an
   * {@code Optional<T>} attribute is set with a {@code T} (or an {@code Optional}), a list with
   * {@code addX(..)}, {@code addAllX(..)} or {@code x(Iterable)}, a map with {@code putX(..)}.
   * Unset optional attributes stay empty (a request model then leaves them out of the JSON);
   * {@code build()} throws {@link IllegalStateException} naming any required attribute that was
   * not set. The builder's type, {@code ImmutableActionStatus.Builder}, is generated at compile time
   * and not listed in this Javadoc.
   *
   * @return the builder
   */
  static ImmutableActionStatus.Builder builder() {
    return ImmutableActionStatus.builder();
  }
}
