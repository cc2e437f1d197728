package io.okrsdk.perform.model;

import com.squareup.moshi.Json;
import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A check-in as {@code GET api/v2/checkins/} lists it. {@link CheckinDetail} adds the responses.
 *
 * <p>Only {@link #apiId()} is required; every other field is optional.
 */
@OkrModel
@Value.Immutable
public interface Checkin extends HasUnrecognized {
  /**
   * The check-in's id, such as {@code 580:ce417c60-...}; pass it to {@code checkins().get(...)}.
   *
   * @return the id
   */
  @Json(name = "api_id")
  String apiId();

  /**
   * The check-in's deadline, with the server's offset (such as {@code +01:00}).
   *
   * @return the deadline
   */
  @Json(name = "deadline_date")
  Optional<OffsetDateTime> deadlineDate();

  /**
   * When the check-in was submitted, with fractional seconds and the server's offset.
   *
   * @return the submission time
   */
  @Json(name = "submission_date")
  Optional<OffsetDateTime> submissionDate();

  /**
   * Whether the check-in is overdue.
   *
   * @return {@code true} when overdue
   */
  Optional<Boolean> overdue();

  /**
   * Whether the employee was on vacation when the check-in was due.
   *
   * @return {@code true} when on vacation
   */
  @Json(name = "on_vacation")
  Optional<Boolean> onVacation();

  /**
   * Whether the check-in was ad hoc ({@code true}) or scheduled ({@code false}).
   *
   * @return {@code true} for an ad hoc check-in
   */
  @Json(name = "is_adhoc")
  Optional<Boolean> isAdhoc();

  /**
   * A builder with one method per attribute, named like the attribute's accessor above: an
   * {@code Optional<T>} attribute is set with a {@code T} (or an {@code Optional}), a list with
   * {@code addX(..)}, {@code addAllX(..)} or {@code x(Iterable)}, a map with {@code putX(..)}.
   * Unset optional attributes stay empty (a request model then leaves them out of the JSON);
   * {@code build()} throws {@link IllegalStateException} naming any required attribute that was
   * not set. The builder's type, {@code ImmutableCheckin.Builder}, is generated at compile time
   * and not listed in this Javadoc. It is also how tests and fakes make one.
   *
   * @return a new builder
   */
  static ImmutableCheckin.Builder builder() {
    return ImmutableCheckin.builder();
  }
}
