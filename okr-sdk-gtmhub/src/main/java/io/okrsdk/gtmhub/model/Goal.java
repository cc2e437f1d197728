package io.okrsdk.gtmhub.model;

import com.squareup.moshi.Json;
import io.okrsdk.core.json.AcceptsWrapped;
import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import io.okrsdk.core.json.OpenEnum;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A goal: the API's name for an objective. The service always sends {@code id} (and {@code
 * accountId}); every other field may be left out by a fields projection. Metrics (key results)
 * and {@code links.expanded} are only included when asked for.
 */
@OkrModel
@AcceptsWrapped
@Value.Immutable
public interface Goal extends HasUnrecognized {
  /**
   * The goal's id.
   *
   * @return the id
   */
  String id();

  /**
   * The account the goal belongs to.
   *
   * @return the account id
   */
  Optional<String> accountId();

  /**
   * The goal's name.
   *
   * @return the name
   */
  Optional<String> name();

  /**
   * The description, in mention markup ({@code @[Name:email:id]}) unless plain text was asked for.
   *
   * @return the description
   */
  Optional<String> description();

  /**
   * The session (OKR period) the goal belongs to.
   *
   * @return the session id
   */
  Optional<String> sessionId();

  /**
   * The main owner's id.
   *
   * @return the owner id
   */
  Optional<String> ownerId();

  /**
   * All owners' ids.
   *
   * @return the owner ids, empty when none were sent
   */
  List<String> ownerIds();

  /**
   * The parent goal's id exactly as sent: the service sends an empty string when there is no
   * parent (see {@link #parentGoalId()}).
   *
   * @return the parent id
   */
  Optional<String> parentId();

  /**
   * When the goal was created.
   *
   * @return the creation date-time
   */
  Optional<OffsetDateTime> dateCreated();

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
   * The goal's page in the web application.
   *
   * @return the URL
   */
  Optional<String> url();

  /**
   * Progress as a fraction from 0 to 1.
   *
   * @return the attainment
   */
  Optional<Double> attainment();

  /**
   * Attainment aggregated over aligned child goals; the service may send {@code null}.
   *
   * @return the aggregated attainment
   */
  Optional<Double> aggregatedAttainment();

  /**
   * Attainment aggregated over the whole tree of aligned goals.
   *
   * @return the full aggregated attainment
   */
  Optional<Double> fullAggregatedAttainment();

  /**
   * How attainment is computed from the key results ({@code attainmentTypeString}).
   *
   * @return the attainment type; unknown values are kept
   */
  @Json(name = "attainmentTypeString")
  Optional<OpenEnum<AttainmentType>> attainmentType();

  /**
   * Whether and how the goal was closed.
   *
   * @return the closed status
   */
  Optional<ClosedStatus> closedStatus();

  /**
   * The goal's tags.
   *
   * @return the tags, empty when none were sent
   */
  List<Tag> tags();

  /**
   * Custom field values by field name, as plain JSON values ({@code String}, {@code Double},
   * {@code Boolean}, {@code List}, {@code Map}, or {@code null} for an unset field).
   *
   * @return the custom fields, empty when none were sent
   */
  @AllowNulls
  Map<String, Object> customFields();

  /**
   * The user or team the goal is assigned to.
   *
   * @return the assignee
   */
  Optional<Assignee> assignee();

  /**
   * The key results, when asked for.
   *
   * @return the metrics, empty when none were sent
   */
  List<Metric> metrics();

  /**
   * Links to other entities, when asked for.
   *
   * @return the links
   */
  Optional<GoalLinks> links();

  /**
   * The parent goal's id, empty when the goal has none (the service's empty string included).
   *
   * @return the parent goal id when there is one
   */
  default Optional<String> parentGoalId() {
    return parentId().filter(id -> !id.isBlank());
  }

  /**
   * A builder with one method per attribute, named like the attribute's accessor above: an
   * {@code Optional<T>} attribute is set with a {@code T} (or an {@code Optional}), a list with
   * {@code addX(..)}, {@code addAllX(..)} or {@code x(Iterable)}, a map with {@code putX(..)}.
   * Unset optional attributes stay empty (a request model then leaves them out of the JSON);
   * {@code build()} throws {@link IllegalStateException} naming any required attribute that was
   * not set. The builder's type, {@code ImmutableGoal.Builder}, is generated at compile time
   * and not listed in this Javadoc.
   *
   * @return a new builder
   */
  static ImmutableGoal.Builder builder() {
    return ImmutableGoal.builder();
  }
}
