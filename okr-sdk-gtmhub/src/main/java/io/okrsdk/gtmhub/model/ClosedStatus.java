package io.okrsdk.gtmhub.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.util.Optional;
import org.immutables.value.Value;

/** Whether and how a goal was closed: {@code closedStatus}. */
@OkrModel
@Value.Immutable
public interface ClosedStatus extends HasUnrecognized {
  /**
   * The closed status as the server spells it.
   *
   * @return the status
   */
  Optional<String> status();

  /**
   * A builder with one method per attribute, named like the attribute's accessor above: an
   * {@code Optional<T>} attribute is set with a {@code T} (or an {@code Optional}), a list with
   * {@code addX(..)}, {@code addAllX(..)} or {@code x(Iterable)}, a map with {@code putX(..)}.
   * Unset optional attributes stay empty (a request model then leaves them out of the JSON);
   * {@code build()} throws {@link IllegalStateException} naming any required attribute that was
   * not set. The builder's type, {@code ImmutableClosedStatus.Builder}, is generated at compile time
   * and not listed in this Javadoc.
   *
   * @return a new builder
   */
  static ImmutableClosedStatus.Builder builder() {
    return ImmutableClosedStatus.builder();
  }
}
