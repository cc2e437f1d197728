package io.okrsdk.perform.model;

import com.squareup.moshi.Json;
import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One employee's response to a check-in, part of {@link CheckinDetail#responses()}. */
@OkrModel
@Value.Immutable
public interface CheckinResponse extends HasUnrecognized {
  /**
   * The response's id.
   *
   * @return the id
   */
  @Json(name = "api_id")
  String apiId();

  /**
   * When the response was given.
   *
   * @return the response time
   */
  @Json(name = "response_date")
  Optional<OffsetDateTime> responseDate();

  /**
   * The employee's full name.
   *
   * @return the name
   */
  @Json(name = "person_name")
  Optional<String> personName();

  /**
   * The employee's id. User ids may be bare UUIDs or carry a {@code 580:} prefix.
   *
   * @return the employee's id
   */
  @Json(name = "person_api_id")
  Optional<String> personApiId();

  /**
   * The employee's email address.
   *
   * @return the email address
   */
  @Json(name = "person_email")
  Optional<String> personEmail();

  /**
   * The department the employee belongs to.
   *
   * @return the department
   */
  @Json(name = "person_department")
  Optional<String> personDepartment();

  /**
   * The employee's properties, such as their role, as name / value pairs.
   *
   * @return the properties, empty when there are none
   */
  @Json(name = "person_properties")
  List<PersonProperty> personProperties();

  /**
   * A builder with one method per attribute, named like the attribute's accessor above: an
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
