package io.okrsdk.testing.jira;

import io.okrsdk.core.json.OpenEnum;
import io.okrsdk.jira.model.ImmutableKeyResult;
import io.okrsdk.jira.model.ImmutableObjective;
import io.okrsdk.jira.model.KeyResult;
import io.okrsdk.jira.model.Label;
import io.okrsdk.jira.model.LatestUpdate;
import io.okrsdk.jira.model.Objective;
import io.okrsdk.jira.model.OkrStatus;
import io.okrsdk.jira.model.OkrUpdate;
import io.okrsdk.jira.model.Period;
import io.okrsdk.jira.model.ProgressDefinition;
import io.okrsdk.jira.model.ProgressType;
import io.okrsdk.jira.model.Team;
import io.okrsdk.jira.model.UpdateComment;
import io.okrsdk.jira.model.UpdateSource;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The vendor documentation's example response (objective O-2, key result KR-2, a team, a period and
 * a label, all in Q1 2021), completed with the objectives and key results it refers to but does not
 * show, and a short update history with comments.
 */
final class ExampleData {
  static final String PERIOD_Q1_2021 = "602a6a2717378700039f342a";
  static final String TEAM = "605df77c6e53750003068c7d";
  static final String LABEL = "611a18f6c385f85c13ac860a";
  static final String OWNER = "5c12ad9fd3af3b1ccfecbf55";
  static final String O_2 = "5fda249d289742000406b3e4";
  static final String O_3 = "5fdb72c63d2cf000035ceb37";
  static final String O_4 = "60743135b347480003dc6a9c";
  static final String O_5 = "61f9367df9aa7f0e4024a6fe";
  static final String KR_2 = "5fda249d289742000406b3e5";
  static final String KR_3 = "605480b190c42b0003385170";
  static final String KR_4 = "6061e921e2f4470003bc3210";

  private static final OffsetDateTime QUARTER_START = time("2021-01-01T00:00:00Z");
  private static final OffsetDateTime QUARTER_END = time("2021-03-31T23:59:59Z");

  private ExampleData() {}

  static void seed(JiraData data) {
    data.put(Team.builder().id(TEAM).name("lets go!").build());
    data.put(Label.builder().id(LABEL).name("Research").build());
    data.put(Period.builder().id(PERIOD_Q1_2021).name("Q1 Y2021").startDate(QUARTER_START).deadline(QUARTER_END).build());
    data.put(
        Objective.builder()
            .id(O_2)
            .key("O-2")
            .name("Become more mature company")
            .description("<p>This quarter we will be focusing on improving our performance.</p><p></p>")
            .ownerAccountId(OWNER)
            .percentDone(8.333333333333332)
            .created(time("2020-12-16T15:15:41Z"))
            .startDate(QUARTER_START)
            .deadline(QUARTER_END)
            .krIds(List.of(KR_3, KR_4))
            .childObjectiveIds(List.of(O_3, O_4, O_5))
            .latestUpdate(latest(O_2, OkrStatus.ON_TRACK, "2021-05-05T12:15:14Z", null, ""))
            .periodAliasId(PERIOD_Q1_2021)
            .weight(0.0)
            .build());
    data.put(child(O_3, "O-3", "Shorten the release cycle", 0.0).teamIds(List.of(TEAM)).krIds(List.of(KR_2)).build());
    data.put(child(O_4, "O-4", "Grow the research practice", 25.0).labelIds(List.of(LABEL)).build());
    data.put(child(O_5, "O-5", "Hire a platform team", 0.0).build());
    data.put(
        KeyResult.builder()
            .id(KR_2)
            .key("KR-2")
            .name("adda")
            .parentObjectiveId(O_3)
            .issueIds(List.of("10003"))
            .ownerAccountId(OWNER)
            .percentDone(0.0)
            .created(time("2020-12-16T15:15:41Z"))
            .startDate(time("2021-01-05T00:00:00Z"))
            .deadline(time("2021-03-28T00:59:59Z"))
            .latestUpdate(latest("61c993aaa0fd9b768a0fb47d", OkrStatus.AT_RISK, "2021-12-27T10:21:30Z", 0.0, null))
            .currentProgressDefinition(progress(ProgressType.STANDARD, 0.0, 22.0, null))
            .weight(1.0)
            .build());
    data.put(
        keyResult(KR_3, "KR-3", "Ship the maturity survey", 40.0)
            .currentProgressDefinition(progress(ProgressType.STANDARD, 0.0, 10.0, null))
            .latestUpdate(latest(KR_3, OkrStatus.ON_TRACK, "2021-02-15T09:30:00Z", 4.0, "<p>Survey drafted</p>"))
            .build());
    data.put(
        keyResult(KR_4, "KR-4", "Close the release blockers", 0.0)
            .currentProgressDefinition(
                progress(ProgressType.AUTO, 0.0, 100.0, "project = REL AND labels = blocker AND status = Done"))
            .build());
    seedHistory(data);
  }

  private static void seedHistory(JiraData data) {
    OkrUpdate survey = update(data, KR_3, OkrStatus.ON_TRACK, "2021-02-15T09:30:00Z", 4.0, "<p>Survey drafted</p>");
    OkrUpdate company = update(data, O_2, OkrStatus.ON_TRACK, "2021-05-05T12:15:14Z", null, "");
    data.addUpdate(survey);
    data.addUpdate(company);
    data.addComment(
        UpdateComment.builder()
            .commentId(data.newId("d0"))
            .updateId(survey.updateId())
            .text("<p>Who reviews the questions?</p>")
            .authorAccountId(OWNER)
            .created(time("2021-02-15T10:00:00Z"))
            .build());
  }

  private static OkrUpdate update(
      JiraData data, String entityId, OkrStatus status, String created, Double value, String description) {
    return OkrUpdate.builder()
        .updateId(data.newId("c0"))
        .entityId(entityId)
        .status(OpenEnum.of(status))
        .displayedStatus(StatusNames.displayed(status))
        .created(time(created))
        .value(Optional.ofNullable(value))
        .description(description)
        .source(OpenEnum.of(UpdateSource.MANUAL))
        .build();
  }

  private static ImmutableObjective.Builder child(String id, String key, String name, double percent) {
    return Objective.builder()
        .id(id)
        .key(key)
        .name(name)
        .parentObjectiveId(O_2)
        .ownerAccountId(OWNER)
        .percentDone(percent)
        .created(time("2020-12-17T09:00:00Z"))
        .startDate(QUARTER_START)
        .deadline(QUARTER_END)
        .periodAliasId(PERIOD_Q1_2021)
        .weight(1.0);
  }

  private static ImmutableKeyResult.Builder keyResult(String id, String key, String name, double percent) {
    return KeyResult.builder()
        .id(id)
        .key(key)
        .name(name)
        .parentObjectiveId(O_2)
        .ownerAccountId(OWNER)
        .percentDone(percent)
        .created(time("2020-12-17T09:00:00Z"))
        .startDate(QUARTER_START)
        .deadline(QUARTER_END)
        .periodAliasId(PERIOD_Q1_2021)
        .weight(1.0);
  }

  private static LatestUpdate latest(String entityId, OkrStatus status, String created, Double value, String description) {
    return LatestUpdate.builder()
        .entityId(entityId)
        .status(OpenEnum.of(status))
        .created(time(created))
        .value(Optional.ofNullable(value))
        .description(Optional.ofNullable(description))
        .build();
  }

  static ProgressDefinition progress(ProgressType type, double start, double desired, String jql) {
    return ProgressDefinition.builder()
        .type(OpenEnum.of(type))
        .startValue(start)
        .desiredValue(desired)
        .jql(Optional.ofNullable(jql))
        .build();
  }

  static OffsetDateTime time(String text) {
    return OffsetDateTime.parse(text);
  }
}
