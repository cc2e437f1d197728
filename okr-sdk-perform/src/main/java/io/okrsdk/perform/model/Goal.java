package io.okrsdk.perform.model;

import com.squareup.moshi.Json;
import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import io.okrsdk.core.json.OpenEnum;
import io.okrsdk.core.json.WireAlias;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A goal, sub-goal, OKR or OKR key result, as {@code GET api/v2/goals/} lists them and {@code GET
 * api/v2/goals/{api_id}/} returns one.
 *
 * <p>Only {@link #apiId()} is required; the vendor's example sends {@code null} for several fields
 * its field list types as strings, so every other field is optional.
 */
@OkrModel
@Value.Immutable
public interface Goal extends HasUnrecognized {
  /**
   * The goal's id, such as {@code 580:fef0d7fb-...}; pass it to {@code goals().get(...)}.
   *
   * @return the id
   */
  @Json(name = "api_id")
  String apiId();

  /**
   * The title. The API's field list calls it {@code title_name} and its examples {@code title};
   * the SDK reads either ({@code title} wins when both are present).
   *
   * @return the title
   */
  @Json(name = "title")
  @WireAlias("title_name")
  Optional<String> title();

  /**
   * The description.
   *
   * @return the description (often empty)
   */
  Optional<String> description();

  /**
   * The department the goal is set to.
   *
   * @return the department
   */
  Optional<String> department();

  /**
   * The full name of the manager of the team the goal is set to.
   *
   * @return the manager's name
   */
  @Json(name = "team_manager_name")
  Optional<String> teamManagerName();

  /**
   * The full name of the employee the goal is set to.
   *
   * @return the employee's name
   */
  @Json(name = "person_name")
  Optional<String> personName();

  /**
   * The name of the employee group the goal is set to.
   *
   * @return the group's name
   */
  @Json(name = "person_group_name")
  Optional<String> personGroupName();

  /**
   * The full name of the person responsible for updating the goal's progress.
   *
   * @return the responsible person's name
   */
  @Json(name = "responsible_person_name")
  Optional<String> responsiblePersonName();

  /**
   * The metric the goal is measured in: percentage, number, binary or a currency.
   *
   * @return the unit; unknown unit strings are kept (see {@link GoalUnit})
   */
  Optional<GoalUnit> unit();

  /**
   * The value the goal's progress starts from (sent as a decimal string such as {@code "0.0000"}).
   *
   * @return the baseline value, exact
   */
  @Json(name = "baseline_value")
  Optional<BigDecimal> baselineValue();

  /**
   * The value that completes the goal.
   *
   * @return the target value, exact
   */
  @Json(name = "target_value")
  Optional<BigDecimal> targetValue();

  /**
   * The goal's current progress value.
   *
   * @return the current value, exact
   */
  @Json(name = "current_value")
  Optional<BigDecimal> currentValue();

  /**
   * The goal's start date.
   *
   * @return the start date
   */
  @Json(name = "start_date")
  Optional<LocalDate> startDate();

  /**
   * The date by which the goal is planned to be achieved.
   *
   * @return the target date
   */
  @Json(name = "target_date")
  Optional<LocalDate> targetDate();

  /**
   * Whether the goal is completed.
   *
   * @return {@code true} when completed
   */
  @Json(name = "is_complete")
  Optional<Boolean> isComplete();

  /**
   * The goal's status in the red / amber / green progress calculation.
   *
   * @return the status; values newer than this SDK are kept
   */
  @Json(name = "rag_status")
  Optional<OpenEnum<RagStatus>> ragStatus();

  /**
   * Whether the goal's progress is calculated automatically ({@code true}) or entered manually.
   *
   * @return {@code true} for automatic progress
   */
  @Json(name = "auto_calculated")
  Optional<Boolean> autoCalculated();

  /**
   * Whether the item is an OKR ({@code true}) or a goal ({@code false}).
   *
   * @return {@code true} for an OKR
   */
  @Json(name = "is_okr")
  Optional<Boolean> isOkr();

  /**
   * The goal's weight among its siblings: with sub-goal A weighing 3 and sub-goal B weighing 1,
   * completing A brings the parent to 75%.
   *
   * @return the weight
   */
  @Json(name = "goal_weight")
  Optional<Integer> weight();

  /**
   * Who can see the goal: {@code public} or {@code lineofsight}.
   *
   * @return the visibility; values newer than this SDK are kept
   */
  @Json(name = "goal_visibility")
  Optional<OpenEnum<GoalVisibility>> visibility();

  /**
   * Whether the RAG status is calculated against the target ({@code true}) or against time ({@code
   * false}).
   *
   * @return {@code true} for target-based RAG
   */
  @Json(name = "rag_target_based")
  Optional<Boolean> ragTargetBased();

  /**
   * A builder with one method per attribute, named like the attribute's accessor above: an
   * {@code Optional<T>} attribute is set with a {@code T} (or an {@code Optional}), a list with
   * {@code addX(..)}, {@code addAllX(..)} or {@code x(Iterable)}, a map with {@code putX(..)}.
   * Unset optional attributes stay empty (a request model then leaves them out of the JSON);
   * {@code build()} throws {@link IllegalStateException} naming any required attribute that was
   * not set. The builder's type, {@code ImmutableGoal.Builder}, is generated at compile time
   * and not listed in this Javadoc. It is also how tests and fakes make one.
   *
   * @return a new builder
   */
  static ImmutableGoal.Builder builder() {
    return ImmutableGoal.builder();
  }
}
