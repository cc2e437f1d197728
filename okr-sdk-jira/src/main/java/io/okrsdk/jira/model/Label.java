package io.okrsdk.jira.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.util.Optional;
import org.immutables.value.Value;

/** A label objectives and key results carry. */
@OkrModel
@Value.Immutable
public interface Label extends HasUnrecognized {
  /**
   * The label's id.
   *
   * @return the id
   */
  String id();

  /**
   * The label's name, such as {@code Research}.
   *
   * @return the name, when sent
   */
  Optional<String> name();

  /**
   * A builder with one method per attribute, named like the attribute's accessor above: an
   * {@code Optional<T>} attribute is set with a {@code T} (or an {@code Optional}), a list with
   * {@code addX(..)}, {@code addAllX(..)} or {@code x(Iterable)}, a map with {@code putX(..)}.
   * Unset optional attributes stay empty (a request model then leaves them out of the JSON);
   * {@code build()} throws {@link IllegalStateException} naming any required attribute that was
   * not set. The builder's type, {@code ImmutableLabel.Builder}, is generated at compile time
   * and not listed in this Javadoc.
   *
   * @return the builder
   */
  static ImmutableLabel.Builder builder() {
    return ImmutableLabel.builder();
  }
}
