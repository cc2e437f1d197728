package io.okrsdk.ogsm.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import org.immutables.value.Value;

/**
 * A strategy of an OGSM: a choice of how the goals are reached, measured by KPIs and carried out
 * by actions. Carries the fields every {@link OgsmItem} has.
 */
@OkrModel
@Value.Immutable
public interface Strategy extends OgsmItem, HasUnrecognized {
  /**
   * A builder with one method per attribute, named like the attribute's accessor above: an
   * {@code Optional<T>} attribute is set with a {@code T} (or an {@code Optional}), a list with
   * {@code addX(..)}, {@code addAllX(..)} or {@code x(Iterable)}, a map with {@code putX(..)}.
   * Unset optional attributes stay empty (a request model then leaves them out of the JSON);
   * {@code build()} throws {@link IllegalStateException} naming any required attribute that was
   * not set. The builder's type, {@code ImmutableStrategy.Builder}, is generated at compile time
   * and not listed in this Javadoc.
   *
   * @return the builder
   */
  static ImmutableStrategy.Builder builder() {
    return ImmutableStrategy.builder();
  }
}
