package io.okrsdk.perform.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One of an employee's properties (such as their role), a name / value pair of strings in {@link
 * CheckinResponse#personProperties()}.
 *
 * <p>The vendor documents the pair but shows no populated example, so both parts are optional.
 */
@OkrModel
@Value.Immutable
public interface PersonProperty extends HasUnrecognized {
  /**
   * The property's name, such as {@code Role}.
   *
   * @return the name
   */
  Optional<String> name();

  /**
   * The property's value.
   *
   * @return the value
   */
  Optional<String> value();

  /**
   * A builder with one method per attribute, named like the attribute's accessor above: an
   * {@code Optional<T>} attribute is set with a {@code T} (or an {@code Optional}), a list with
   * {@code addX(..)}, {@code addAllX(..)} or {@code x(Iterable)}, a map with {@code putX(..)}.
   * Unset optional attributes stay empty (a request model then leaves them out of the JSON);
   * {@code build()} throws {@link IllegalStateException} naming any required attribute that was
   * not set. The builder's type, {@code ImmutablePersonProperty.Builder}, is generated at compile time
   * and not listed in this Javadoc. It is also how tests and fakes make one.
   *
   * @return a new builder
   */
  static ImmutablePersonProperty.Builder builder() {
    return ImmutablePersonProperty.builder();
  }
}
