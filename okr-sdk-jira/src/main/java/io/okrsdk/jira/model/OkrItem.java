package io.okrsdk.jira.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What objectives and key results have in common. They refer to each other and to teams, periods
 * and labels by id; {@code OkrGraph} resolves those ids.
 */
public interface OkrItem {
  /**
   * The id (24 hex digits).
   *
   * @return the id
   */
  String id();

  /**
   * The human key, such as {@code O-2} or {@code KR-2}.
   *
   * @return the key
   */
  String key();

  /**
   * The name.
   *
   * @return the name
   */
  String name();

  /**
   * The description, as HTML.
   *
   * @return the description, when set
   */
  Optional<String> description();

  /**
   * The id of the objective this one belongs to.
   *
   * @return the parent objective's id, when there is one
   */
  Optional<String> parentObjectiveId();

  /**
   * The Atlassian account id of the owner.
   *
   * @return the owner's account id, when set
   */
  Optional<String> ownerAccountId();

  /**
   * The Atlassian account ids of the collaborators.
   *
   * @return the account ids, possibly empty
   */
  List<String> collaboratorAccountIds();

  /**
   * Progress in percent, from 0 to 100.
   *
   * @return the progress; 0 when the server left it out
   */
  @Value.Default
  default double percentDone() {
    return 0.0;
  }

  /**
   * When it was created.
   *
   * @return the time, when sent
   */
  Optional<OffsetDateTime> created();

  /**
   * When it starts.
   *
   * @return the start, when set
   */
  Optional<OffsetDateTime> startDate();

  /**
   * When it is due.
   *
   * @return the deadline, when set
   */
  Optional<OffsetDateTime> deadline();

  /**
   * When it is now expected to end.
   *
   * @return the expected end, when set
   */
  Optional<OffsetDateTime> expectedEndDate();

  /**
   * The final grade given when it was closed, such as {@code 0.85}.
   *
   * @return the grade, when graded
   */
  Optional<Double> finalGrade();

  /**
   * The ids of its labels.
   *
   * @return the label ids, possibly empty
   */
  List<String> labelIds();

  /**
   * The ids of its teams.
   *
   * @return the team ids, possibly empty
   */
  List<String> teamIds();

  /**
   * The id of the period it belongs to.
   *
   * @return the period id, when set
   */
  Optional<String> periodAliasId();

  /**
   * Its most recent update.
   *
   * @return the update, when there is one
   */
  Optional<LatestUpdate> latestUpdate();

  /**
   * Its weight in its parent's progress.
   *
   * @return the weight, when sent
   */
  Optional<Double> weight();

  /**
   * A link to it in the app.
   *
   * @return the link, when sent
   */
  Optional<String> link();

  /**
   * Custom field values, keyed by the custom field's id.
   *
   * @return the values, possibly empty
   */
  Map<String, CustomFieldValue> customFields();
}
