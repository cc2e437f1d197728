package io.okrsdk.perform.model;

import com.squareup.moshi.Json;
import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One employee's response to a question, as {@code GET api/v2/questions/{api_id}/responses/} lists
 * them.
 *
 * <p>Unverified shape: the help centre names the endpoint, but its field list was not in the copy
 * read. The attributes below are the vendor's spelling for a response elsewhere (a check-in's
 * responses, and {@code response_text} of a recognition); only {@link #apiId()} is required, every
 * other attribute may be empty, and fields this SDK does not know (the answer's value, for
 * instance, if the vendor names it otherwise) are kept as raw JSON in {@code
 * unrecognized().unknownFields()}.
 */
@OkrModel
@Value.Immutable
public interface QuestionResponse extends HasUnrecognized {
  /**
   * The response's id.
   *
   * @return the id
   */
  @Json(name = "api_id")
  String apiId();

  /**
   * The answer as text (unverified name).
   *
   * @return the text
   */
  Optional<String> text();

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
   * A builder, for tests and fakes.
   *
   * @return a new builder
   */
  static ImmutableQuestionResponse.Builder builder() {
    return ImmutableQuestionResponse.builder();
  }
}
