package io.okrsdk.perform.model;

import io.okrsdk.core.json.HasUnrecognized;
import com.squareup.moshi.Json;
import io.okrsdk.core.json.OkrModel;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A user of the organisation, as {@code GET api/v2/users/} lists them.
 *
 * <p>Only {@link #apiId()} is required; fields this SDK does not know are ignored.
 */
@OkrModel
@Value.Immutable
public interface User extends HasUnrecognized {
  /**
   * The user's id.
   *
   * @return the id
   */
  @Json(name = "api_id")
  String apiId();

  /**
   * The user's full name.
   *
   * @return the name
   */
  Optional<String> name();

  /**
   * The user's email address.
   *
   * @return the email address
   */
  Optional<String> email();

  /**
   * The departments the user belongs to.
   *
   * @return the departments, empty when none are sent
   */
  List<UserDepartment> departments();

  /**
   * The user's manager.
   *
   * @return the manager, empty when the user has none
   */
  Optional<UserManager> manager();

  /**
   * A builder, for tests and fakes.
   *
   * @return a new builder
   */
  static ImmutableUser.Builder builder() {
    return ImmutableUser.builder();
  }
}
