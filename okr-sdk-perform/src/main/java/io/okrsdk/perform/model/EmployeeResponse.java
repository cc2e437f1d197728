package io.okrsdk.perform.model;

import com.squareup.moshi.Json;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What every response of an employee carries, to a check-in ({@link CheckinResponse}) or to a
 * question ({@link QuestionResponse}): its id, when it was given, and who gave it.
 */
public interface EmployeeResponse {
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
}
