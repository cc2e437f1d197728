package io.okrsdk.gtmhub.model;

import com.squareup.moshi.Json;
import io.okrsdk.core.json.OkrModel;
import io.okrsdk.core.json.OpenEnum;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A partial update of a goal ({@code PATCH goals/{goalId}}): every attribute is optional and only
 * the ones set are sent, so the service changes exactly those fields and leaves the rest alone.
 *
 * <pre>{@code
 * GoalPatch.builder().name("Grow revenue").build()   // body: {"name":"Grow revenue"}
 * }</pre>
 */
@OkrModel
@Value.Immutable
public interface GoalPatch {
  /**
   * A new name.
   *
   * @return the name
   */
  Optional<String> name();

  /**
   * A new description.
   *
   * @return the description
   */
  Optional<String> description();

  /**
   * Moves the goal to another session.
   *
   * @return the session id
   */
  Optional<String> sessionId();

  /**
   * New owners.
   *
   * @return the owner ids
   */
  Optional<List<String>> ownerIds();

  /**
   * A new parent goal.
   *
   * @return the parent id
   */
  Optional<String> parentId();

  /**
   * A new start.
   *
   * @return the start date-time
   */
  Optional<OffsetDateTime> dateFrom();

  /**
   * A new end.
   *
   * @return the end date-time
   */
  Optional<OffsetDateTime> dateTo();

  /**
   * A new attainment type ({@code attainmentTypeString}).
   *
   * @return the attainment type
   */
  @Json(name = "attainmentTypeString")
  Optional<OpenEnum<AttainmentType>> attainmentType();

  /**
   * New tags, replacing the old ones.
   *
   * @return the tags
   */
  Optional<List<Tag>> tags();

  /**
   * Custom field values to set, by field name.
   *
   * @return the custom fields
   */
  Optional<Map<String, Object>> customFields();

  /**
   * A new assignee.
   *
   * @return the assignee
   */
  Optional<Assignee> assignee();

  /**
   * Whether no attribute is set (such a patch would change nothing).
   *
   * @return {@code true} when the patch is empty
   */
  default boolean isEmpty() {
    return name().isEmpty()
        && description().isEmpty()
        && sessionId().isEmpty()
        && ownerIds().isEmpty()
        && parentId().isEmpty()
        && dateFrom().isEmpty()
        && dateTo().isEmpty()
        && attainmentType().isEmpty()
        && tags().isEmpty()
        && customFields().isEmpty()
        && assignee().isEmpty();
  }

  /**
   * A builder with one method per attribute, named like the attribute's accessor above: an
   * {@code Optional<T>} attribute is set with a {@code T} (or an {@code Optional}), a list with
   * {@code addX(..)}, {@code addAllX(..)} or {@code x(Iterable)}, a map with {@code putX(..)}.
   * Unset optional attributes stay empty (a request model then leaves them out of the JSON);
   * {@code build()} throws {@link IllegalStateException} naming any required attribute that was
   * not set. The builder's type, {@code ImmutableGoalPatch.Builder}, is generated at compile time
   * and not listed in this Javadoc.
   *
   * @return a new builder
   */
  static ImmutableGoalPatch.Builder builder() {
    return ImmutableGoalPatch.builder();
  }
}
