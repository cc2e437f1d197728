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
   * A builder, for tests and fakes.
   *
   * @return a new builder
   */
  static ImmutablePersonProperty.Builder builder() {
    return ImmutablePersonProperty.builder();
  }
}
