package io.okrsdk.perform.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import org.immutables.value.Value;

/**
 * One employee's response to a check-in, part of {@link CheckinDetail#responses()}; its attributes
 * are those of every {@link EmployeeResponse}.
 */
@OkrModel
@Value.Immutable
public interface CheckinResponse extends EmployeeResponse, HasUnrecognized {
  /**
   * A builder with one method per attribute, named like the attribute's accessor in {@link EmployeeResponse}: an
   * {@code Optional<T>} attribute is set with a {@code T} (or an {@code Optional}), a list with
   * {@code addX(..)}, {@code addAllX(..)} or {@code x(Iterable)}, a map with {@code putX(..)}.
   * Unset optional attributes stay empty (a request model then leaves them out of the JSON);
   * {@code build()} throws {@link IllegalStateException} naming any required attribute that was
   * not set. The builder's type, {@code ImmutableCheckinResponse.Builder}, is generated at compile time
   * and not listed in this Javadoc. It is also how tests and fakes make one.
   *
   * @return a new builder
   */
  static ImmutableCheckinResponse.Builder builder() {
    return ImmutableCheckinResponse.builder();
  }
}
