package io.okrsdk.perform.model;

import io.okrsdk.core.json.HasUnrecognized;
import com.squareup.moshi.Json;
import io.okrsdk.core.json.OkrModel;
import java.util.Optional;
import org.immutables.value.Value;

/** A department a {@link User} belongs to. */
@OkrModel
@Value.Immutable
public interface UserDepartment extends HasUnrecognized {
  /**
   * The department's id.
   *
   * @return the id
   */
  @Json(name = "api_id")
  Optional<String> apiId();

  /**
   * The department's name.
   *
   * @return the name
   */
  Optional<String> name();

  /**
   * A builder, for tests and fakes.
   *
   * @return a new builder
   */
  static ImmutableUserDepartment.Builder builder() {
    return ImmutableUserDepartment.builder();
  }
}
