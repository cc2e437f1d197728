package io.okrsdk.gtmhub.model;

import com.squareup.moshi.Json;
import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import io.okrsdk.core.json.OpenEnum;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A whole goal to create ({@code POST goals}, {@code POST goals/bulk}) or to replace with the
 * deprecated {@code PUT goals/{goalId}}. Only what is set is sent; the service answers with the new
 * goal and its {@code id}.
 */
@OkrModel
@Value.Immutable
public interface GoalRequest extends HasUnrecognized {
  /**
   * The goal's name.
   *
   * @return the name
   */
  String name();

  /**
   * The session (OKR period) the goal belongs to.
   *
   * @return the session id
   */
  String sessionId();

  /**
   * The owners' ids.
   *
   * @return the owner ids
   */
  Optional<List<String>> ownerIds();

  /**
   * The description; may hold mention markup ({@code @[Name:email:id]}).
   *
   * @return the description
   */
  Optional<String> description();

  /**
   * The parent goal's id, to align the goal under it.
   *
   * @return the parent id
   */
  Optional<String> parentId();

  /**
   * When the goal starts.
   *
   * @return the start date-time
   */
  Optional<OffsetDateTime> dateFrom();

  /**
   * When the goal ends.
   *
   * @return the end date-time
   */
  Optional<OffsetDateTime> dateTo();

  /**
   * How attainment is computed ({@code attainmentTypeString}).
   *
   * @return the attainment type
   */
  @Json(name = "attainmentTypeString")
  Optional<OpenEnum<AttainmentType>> attainmentType();

  /**
   * The tags.
   *
   * @return the tags
   */
  Optional<List<Tag>> tags();

  /**
   * Custom field values by field name.
   *
   * @return the custom fields
   */
  Optional<Map<String, Object>> customFields();

  /**
   * The user or team to assign the goal to.
   *
   * @return the assignee
   */
  Optional<Assignee> assignee();

  /**
   * A builder with one method per attribute, named like the attribute's accessor above: an
   * {@code Optional<T>} attribute is set with a {@code T} (or an {@code Optional}), a list with
   * {@code addX(..)}, {@code addAllX(..)} or {@code x(Iterable)}, a map with {@code putX(..)}.
   * Unset optional attributes stay empty (a request model then leaves them out of the JSON);
   * {@code build()} throws {@link IllegalStateException} naming any required attribute that was
   * not set. The builder's type, {@code ImmutableGoalRequest.Builder}, is generated at compile time
   * and not listed in this Javadoc.
   *
   * @return a new builder
   */
  static ImmutableGoalRequest.Builder builder() {
    return ImmutableGoalRequest.builder();
  }
}
