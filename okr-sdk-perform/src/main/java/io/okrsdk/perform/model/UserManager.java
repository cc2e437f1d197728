package io.okrsdk.perform.model;

import io.okrsdk.core.json.HasUnrecognized;
import com.squareup.moshi.Json;
import io.okrsdk.core.json.OkrModel;
import java.util.Optional;
import org.immutables.value.Value;

/** The manager of a {@link User}. */
@OkrModel
@Value.Immutable
public interface UserManager extends HasUnrecognized {
  /**
   * The manager's id.
   *
   * @return the id
   */
  @Json(name = "api_id")
  Optional<String> apiId();

  /**
   * The manager's full name.
   *
   * @return the name
   */
  Optional<String> name();

  /**
   * The manager's email address.
   *
   * @return the email address
   */
  Optional<String> email();

  /**
   * A builder, for tests and fakes.
   *
   * @return a new builder
   */
  static ImmutableUserManager.Builder builder() {
    return ImmutableUserManager.builder();
  }
}
