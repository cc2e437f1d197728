package io.okrsdk.testing.jira;

import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.jira.query.DateWindow;
import io.okrsdk.jira.query.KeyResultExpand;
import io.okrsdk.jira.query.ObjectiveExpand;
import io.okrsdk.jira.OkrForJiraClient;
import io.okrsdk.jira.OkrGraph;
import io.okrsdk.jira.model.KeyResult;
import io.okrsdk.jira.model.Label;
import io.okrsdk.jira.model.Objective;
import io.okrsdk.jira.model.OkrStatus;
import io.okrsdk.jira.model.Period;
import io.okrsdk.jira.model.ProgressType;
import io.okrsdk.jira.model.Team;
import io.okrsdk.testing.FakeOkrForJiraServer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The four OKR queries of the real client against the fake's documentation example and a small generated tree. */
class OkrForJiraQueriesTest {
  private static final String O_2 = "5fda249d289742000406b3e4";
  private static final String KR_2 = "5fda249d289742000406b3e5";
  private static final String KR_3 = "605480b190c42b0003385170";

  @RegisterExtension
  static final FakeOkrForJiraServer jira = new FakeOkrForJiraServer().withGeneratedTree(4, 2);

  @Test
  void objectivesByDateReturnTheExampleWithEverythingExpanded(OkrForJiraClient client) {
    OkrGraph graph = client.okrs().objectivesByDate(FakeOkrForJiraServer.EXAMPLE_QUARTER, ObjectiveExpand.all());

    assertThat(graph.objectives()).extracting(Objective::key).containsExactly("O-2", "O-3", "O-4", "O-5");
    Objective o2 = graph.objective(O_2).orElseThrow();
    assertThat(o2.name()).isEqualTo("Become more mature company");
    assertThat(o2.percentDone()).isEqualTo(8.333333333333332);
    assertThat(o2.created()).contains(OffsetDateTime.parse("2020-12-16T15:15:41Z"));
    assertThat(o2.latestUpdate().flatMap(update -> update.status()).orElseThrow().is(OkrStatus.ON_TRACK)).isTrue();
    assertThat(graph.childrenOf(o2)).extracting(Objective::key).containsExactly("O-3", "O-4", "O-5");
    assertThat(graph.keyResultsOf(o2)).extracting(KeyResult::key).containsExactly("KR-3", "KR-4");
    assertThat(graph.keyResultByKey("KR-2").flatMap(graph::parentOf)).map(Objective::key).contains("O-3");
    assertThat(graph.periodOf(o2).flatMap(Period::name)).contains("Q1 Y2021");
    assertThat(graph.teams()).extracting(Team::id).containsExactly("605df77c6e53750003068c7d");
    assertThat(graph.labels()).extracting(Label::name).containsExactly(Optional.of("Research"));
  }

  @Test
  void withoutExpandOnlyIdsOfRelatedDataComeBack(OkrForJiraClient client) {
    OkrGraph graph = client.okrs().objectivesByDate(FakeOkrForJiraServer.EXAMPLE_QUARTER, Set.of());

    assertThat(graph.objectives()).hasSize(4);
    assertThat(graph.objective(O_2).orElseThrow().krIds()).containsExactly(KR_3, "6061e921e2f4470003bc3210");
    assertThat(graph.keyResults()).isEmpty();
    assertThat(graph.teams()).isEmpty();
    assertThat(graph.periods()).isEmpty();
    assertThat(graph.labels()).isEmpty();
    assertThat(graph.okrTypes()).isEmpty();
    assertThat(graph.customFields()).isEmpty();
  }

  @Test
  void eachExpansionAddsOnlyItsCollection(OkrForJiraClient client) {
    OkrGraph graph =
        client.okrs().objectivesByDate(FakeOkrForJiraServer.GENERATED_QUARTER, EnumSet.of(ObjectiveExpand.TYPES, ObjectiveExpand.CUSTOM_FIELDS));

    assertThat(graph.objectives()).hasSize(4);
    assertThat(graph.keyResults()).isEmpty();
    assertThat(graph.teams()).isEmpty();
    assertThat(graph.okrTypes()).extracting(type -> type.name().orElseThrow()).containsExactlyInAnyOrder("Company", "Team");
    assertThat(graph.customFields()).extracting(field -> field.name().orElseThrow()).containsExactly("Theme");
    Objective root = graph.roots().get(0);
    assertThat(graph.okrTypeOf(root).flatMap(type -> type.name())).contains("Company");
    assertThat(root.customFields().values().iterator().next().asText()).contains("customers");
  }

  @Test
  void theDateWindowFiltersOnStartAndDueDates(OkrForJiraClient client) {
    assertThat(client.okrs().objectivesByDate(DateWindow.between(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)), Set.of()).objectives())
        .isEmpty();
    // Only the due date of the example objectives falls on 31 March 2021.
    assertThat(client.okrs().objectivesByDate(DateWindow.between(LocalDate.of(2021, 3, 31), LocalDate.of(2021, 3, 31)), Set.of()).objectives())
        .hasSize(4);
    // Key results of the generated tree start on 1 January 2022 and are due on day n of the quarter.
    OkrGraph fromSecondDay =
        client.okrs().keyResultsByDate(DateWindow.between(LocalDate.of(2022, 1, 2), LocalDate.of(2022, 1, 4)), Set.of());
    assertThat(fromSecondDay.keyResults()).extracting(KeyResult::name).containsExactly("Key result 2", "Key result 3", "Key result 4");
  }

  @Test
  void objectivesByIdsKeepTheRequestedOrderAndSkipUnknownIds(OkrForJiraClient client) {
    OkrGraph graph =
        client.okrs().objectivesByIds(List.of("61f9367df9aa7f0e4024a6fe", "ffffffffffffffffffffffff", O_2), EnumSet.of(ObjectiveExpand.KEY_RESULTS));

    assertThat(graph.objectives()).extracting(Objective::key).containsExactly("O-5", "O-2");
    assertThat(graph.keyResults()).extracting(KeyResult::key).containsExactly("KR-3", "KR-4");
  }

  @Test
  void keyResultsByDateExpandTheirObjectives(OkrForJiraClient client) {
    OkrGraph graph =
        client.okrs().keyResultsByDate(FakeOkrForJiraServer.EXAMPLE_QUARTER, EnumSet.of(KeyResultExpand.OBJECTIVES, KeyResultExpand.PERIODS));

    assertThat(graph.keyResults()).extracting(KeyResult::key).containsExactly("KR-2", "KR-3", "KR-4");
    assertThat(graph.objectives()).extracting(Objective::key).containsExactlyInAnyOrder("O-2", "O-3");
    assertThat(graph.periods()).extracting(period -> period.name().orElseThrow()).containsExactly("Q1 Y2021");
    KeyResult automatic = graph.keyResultByKey("KR-4").orElseThrow();
    assertThat(automatic.currentProgressDefinition().flatMap(definition -> definition.type()).orElseThrow().is(ProgressType.AUTO)).isTrue();
    assertThat(automatic.currentProgressDefinition().flatMap(definition -> definition.jql())).isPresent();
  }

  @Test
  void keyResultsByIdsReturnTheDocumentedKeyResult(OkrForJiraClient client) {
    OkrGraph graph = client.okrs().keyResultsByIds(List.of(KR_2), KeyResultExpand.all());

    KeyResult kr2 = graph.keyResult(KR_2).orElseThrow();
    assertThat(kr2.name()).isEqualTo("adda");
    assertThat(kr2.issueIds()).containsExactly("10003");
    assertThat(kr2.currentProgressDefinition().flatMap(definition -> definition.desiredValue())).contains(22.0);
    assertThat(kr2.latestUpdate().flatMap(update -> update.status()).orElseThrow().is(OkrStatus.AT_RISK)).isTrue();
    // The expanded objective's team comes along with it.
    assertThat(graph.objectives()).extracting(Objective::key).containsExactly("O-3");
    assertThat(graph.teams()).extracting(Team::name).containsExactly(Optional.of("lets go!"));
  }

  @Test
  void asyncQueriesWorkToo(OkrForJiraClient client) throws Exception {
    OkrGraph graph = client.okrs().keyResultsByIdsAsync(List.of(KR_3), Set.of()).get();

    assertThat(graph.keyResults()).extracting(KeyResult::key).containsExactly("KR-3");
  }

  @Test
  void timesAreWrittenTheWayTheServiceWritesThem() {
    RawHttp.Answer answer = new RawHttp(jira).get("api/v2/api-export/objectives/byIds?objectiveIds=" + O_2);

    assertThat(answer.status).isEqualTo(200);
    assertThat(answer.body).contains("\"created\":\"2020-12-16T15:15:41+0000\"", "\"deadline\":\"2021-03-31T23:59:59+0000\"");
  }

  @Test
  void malformedQueriesAreAnswered400() {
    RawHttp raw = new RawHttp(jira);
    String byDate = "api/v2/api-export/objectives/byDate?startDateEpochMilli=0&deadlineEpochMilli=1";

    assertThat(raw.get(byDate + "&expand=KEY_RESULTS,OWNERS").status).isEqualTo(400);
    assertThat(raw.get(byDate + "&expand=key_results").status).isEqualTo(400);
    assertThat(raw.get("api/v2/api-export/keyResults/byDate?startDateEpochMilli=0&deadlineEpochMilli=1&expand=KEY_RESULTS").status)
        .isEqualTo(400);
    assertThat(raw.get("api/v2/api-export/objectives/byDate?startDateEpochMilli=0").status).isEqualTo(400);
    assertThat(raw.get("api/v2/api-export/objectives/byDate?startDateEpochMilli=5&deadlineEpochMilli=1").status).isEqualTo(400);
    assertThat(raw.get("api/v2/api-export/objectives/byDate?startDateEpochMilli=soon&deadlineEpochMilli=1").status).isEqualTo(400);
    assertThat(raw.get("api/v2/api-export/objectives/byIds").status).isEqualTo(400);
    assertThat(raw.get("api/v2/api-export/keyResults/byIds?keyResultIds=a,,b").status).isEqualTo(400);
    assertThat(raw.get(byDate + "&expand=TEAMS").status).isEqualTo(200);
    // The vendor's own byIds example asks for OBJECTIVES on an objective query.
    assertThat(raw.get(byDate + "&expand=OBJECTIVES,KEY_RESULTS,TEAMS,PERIODS,LABELS").status).isEqualTo(200);
    assertThat(raw.get("api/v2/api-export/nothing").status).isEqualTo(404);
  }

  @Test
  void objectivesExpansionAddsTheRelatedObjectivesAfterThoseAskedFor() {
    OkrForJiraClient client = jira.newClient();
    String o3 = "5fdb72c63d2cf000035ceb37";
    String o4 = "60743135b347480003dc6a9c";
    String o5 = "61f9367df9aa7f0e4024a6fe";

    OkrGraph plain = client.okrs().objectivesByIds(List.of(O_2), Set.of());
    assertThat(plain.objectives()).extracting(Objective::id).containsExactly(O_2);

    OkrGraph related = client.okrs().objectivesByIds(List.of(O_2), EnumSet.of(ObjectiveExpand.OBJECTIVES));
    assertThat(related.objectives()).extracting(Objective::id).containsExactly(O_2, o3, o4, o5);
    assertThat(related.keyResults()).isEmpty();

    OkrGraph child = client.okrs().objectivesByIds(List.of(o3), EnumSet.of(ObjectiveExpand.OBJECTIVES, ObjectiveExpand.KEY_RESULTS));
    assertThat(child.objectives()).extracting(Objective::id).startsWith(o3, O_2).doesNotHaveDuplicates();
    assertThat(child.keyResults()).extracting(KeyResult::id).containsExactly(KR_2);
  }
}
