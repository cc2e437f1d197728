package io.okrsdk.testing.jira;

import io.okrsdk.core.json.OpenEnum;
import io.okrsdk.jira.model.CustomField;
import io.okrsdk.jira.model.CustomFieldType;
import io.okrsdk.jira.model.CustomFieldValue;
import io.okrsdk.jira.model.ImmutableObjective;
import io.okrsdk.jira.model.KeyResult;
import io.okrsdk.jira.model.KeyResultUnit;
import io.okrsdk.jira.model.Label;
import io.okrsdk.jira.model.Objective;
import io.okrsdk.jira.model.OkrStatus;
import io.okrsdk.jira.model.OkrType;
import io.okrsdk.jira.model.OkrUpdate;
import io.okrsdk.jira.model.Period;
import io.okrsdk.jira.model.ProgressDefinition;
import io.okrsdk.jira.model.ProgressType;
import io.okrsdk.jira.model.Team;
import io.okrsdk.jira.model.UpdateSource;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Adds a deterministic objective tree of any size: every objective but the first has the objective
 * {@code (i - 1) / 3} as its parent (a tree three wide), all in Q1 2022, each with the same number
 * of key results whose deadlines spread over the quarter. Every fourth key result is automatic
 * (JQL-driven). The same arguments on the same data always give the same tree.
 */
final class TreeGenerator {
  static final OffsetDateTime QUARTER_START = ExampleData.time("2022-01-01T00:00:00Z");
  static final OffsetDateTime QUARTER_END = ExampleData.time("2022-03-31T23:59:59Z");
  private static final int BRANCHING = 3;
  private static final String[] THEMES = {"customers", "quality", "growth", "people", "cost", "security"};

  private final JiraData data;
  private final int objectiveCount;
  private final int keyResultsPerObjective;
  private final List<String> teamIds = new ArrayList<>();
  private final List<String> labelIds = new ArrayList<>();
  private final List<String> typeIds = new ArrayList<>();
  private String periodId;
  private String themeFieldId;
  private String budgetFieldId;

  private TreeGenerator(JiraData data, int objectiveCount, int keyResultsPerObjective) {
    this.data = data;
    this.objectiveCount = objectiveCount;
    this.keyResultsPerObjective = keyResultsPerObjective;
  }

  static void generate(JiraData data, int objectives, int keyResultsPerObjective) {
    new TreeGenerator(data, objectives, keyResultsPerObjective).run();
  }

  private void run() {
    addReferences();
    List<String> objectiveIds = new ArrayList<>();
    for (int i = 0; i < objectiveCount; i++) {
      objectiveIds.add(data.newId("a0"));
    }
    for (int i = 0; i < objectiveCount; i++) {
      addObjective(i, objectiveIds);
    }
  }

  private void addReferences() {
    periodId = data.newId("e0");
    data.put(Period.builder().id(periodId).name("Q1 Y2022").startDate(QUARTER_START).deadline(QUARTER_END).build());
    for (int t = 1; t <= 3; t++) {
      String id = Long.toString(100_000L + Long.parseLong(data.newId("f0").substring(2), 16));
      teamIds.add(id);
      data.put(Team.builder().id(id).name("Team " + t).build());
    }
    for (String name : new String[] {"Strategic", "Stretch"}) {
      String id = data.newId("b0");
      labelIds.add(id);
      data.put(Label.builder().id(id).name(name).build());
    }
    String[][] types = {{"Company", "#0052CC", "#FFFFFF"}, {"Team", "#36B37E", "#172B4D"}};
    for (String[] type : types) {
      String id = data.newId("b1");
      typeIds.add(id);
      data.put(OkrType.builder().id(id).name(type[0]).backgroundColor(type[1]).textColor(type[2]).build());
    }
    themeFieldId = data.newId("b2");
    data.put(CustomField.builder().id(themeFieldId).name("Theme").type(OpenEnum.of(CustomFieldType.TEXT)).build());
    budgetFieldId = data.newId("b2");
    data.put(CustomField.builder().id(budgetFieldId).name("Budget").type(OpenEnum.of(CustomFieldType.NUMBER)).build());
  }

  private void addObjective(int index, List<String> objectiveIds) {
    String id = objectiveIds.get(index);
    String key = data.nextObjectiveKey();
    List<String> children = new ArrayList<>();
    for (int child = index * BRANCHING + 1; child <= index * BRANCHING + BRANCHING && child < objectiveCount; child++) {
      children.add(objectiveIds.get(child));
    }
    List<KeyResult> keyResults = new ArrayList<>();
    for (int k = 0; k < keyResultsPerObjective; k++) {
      keyResults.add(keyResult(id, index * keyResultsPerObjective + k));
    }
    List<String> keyResultIds = new ArrayList<>();
    double percentSum = 0;
    for (KeyResult keyResult : keyResults) {
      keyResultIds.add(keyResult.id());
      percentSum += keyResult.percentDone();
    }
    String typeId = typeIds.get(index == 0 ? 0 : 1);
    ImmutableObjective.Builder objective =
        Objective.builder()
            .id(id)
            .key(key)
            .name("Objective " + (index + 1) + ": improve " + THEMES[index % THEMES.length])
            .description("<p>Generated objective " + (index + 1) + ".</p>")
            .ownerAccountId(account(index))
            .percentDone(keyResults.isEmpty() ? 0.0 : percentSum / keyResults.size())
            .created(QUARTER_START.minusDays(14))
            .startDate(QUARTER_START)
            .deadline(QUARTER_END)
            .teamIds(List.of(teamIds.get(index % teamIds.size())))
            .labelIds(index % 2 == 0 ? List.of(labelIds.get(0)) : List.of())
            .krIds(keyResultIds)
            .childObjectiveIds(children)
            .periodAliasId(periodId)
            .okrTypeId(typeId)
            .okrTypeName(data.okrType(typeId).flatMap(OkrType::name))
            .weight(1.0)
            .link("https://example.atlassian.net/plugins/okr/objective/" + key)
            .putCustomFields(themeFieldId, CustomFieldValue.of(THEMES[index % THEMES.length]));
    if (index > 0) {
      objective.parentObjectiveId(objectiveIds.get((index - 1) / BRANCHING));
    }
    data.put(objective.build());
    for (KeyResult keyResult : keyResults) {
      data.put(keyResult);
      data.addUpdate(firstUpdate(keyResult));
    }
  }

  private KeyResult keyResult(String objectiveId, int number) {
    boolean automatic = number % 4 == 3;
    double desired = 10.0 * (number % 5 + 1);
    double percent = (number * 37 % 11) * 10.0;
    ProgressDefinition definition =
        ExampleData.progress(
            automatic ? ProgressType.AUTO : ProgressType.STANDARD,
            0.0,
            desired,
            automatic ? "project = GEN AND fixVersion = " + number + " AND status = Done" : null);
    return KeyResult.builder()
        .id(data.newId("a1"))
        .key(data.nextKeyResultKey())
        .name("Key result " + (number + 1))
        .parentObjectiveId(objectiveId)
        .ownerAccountId(account(number))
        .percentDone(percent)
        .created(QUARTER_START.minusDays(14))
        .startDate(QUARTER_START)
        .deadline(QUARTER_START.plusDays(number % 90).withHour(23).withMinute(59).withSecond(59))
        .teamIds(List.of(teamIds.get(number % teamIds.size())))
        .labelIds(number % 3 == 0 ? List.of(labelIds.get(1)) : List.of())
        .periodAliasId(periodId)
        .typeId(typeIds.get(1))
        .typeName("Team")
        .unit(KeyResultUnit.builder().name("points").symbol("pt").build())
        .currentProgressDefinition(definition)
        .weight(1.0)
        .customFields(Map.of(budgetFieldId, CustomFieldValue.of(1000 * (number % 7 + 1))))
        .build();
  }

  private OkrUpdate firstUpdate(KeyResult keyResult) {
    ProgressDefinition definition = keyResult.currentProgressDefinition().orElseThrow();
    double value = definition.desiredValue().orElseThrow() * keyResult.percentDone() / 100.0;
    OkrStatus status = statusFor(keyResult.percentDone());
    return OkrUpdate.builder()
        .updateId(data.newId("c0"))
        .entityId(keyResult.id())
        .status(OpenEnum.of(status))
        .displayedStatus(StatusNames.displayed(status))
        .created(ExampleData.time("2022-02-01T12:00:00Z"))
        .value(value)
        .startValue(definition.startValue())
        .desiredValue(definition.desiredValue())
        .source(OpenEnum.of(JiraData.isAutomatic(keyResult) ? UpdateSource.AUTO : UpdateSource.MANUAL))
        .build();
  }

  static OkrStatus statusFor(double percent) {
    if (percent >= 70) {
      return OkrStatus.ON_TRACK;
    }
    if (percent >= 40) {
      return OkrStatus.AT_RISK;
    }
    return percent == 0 ? OkrStatus.NOT_STARTED : OkrStatus.ACTION_REQUIRED;
  }

  private static String account(int number) {
    return String.format("5c12ad9fd3af3b1ccfec%04x", number % 7);
  }
}
