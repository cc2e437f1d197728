package io.okrsdk.jira;

import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.core.json.OpenEnum;
import io.okrsdk.core.testsupport.Fixtures;
import io.okrsdk.core.testsupport.RecordingSleeper;
import io.okrsdk.jira.model.KeyResult;
import io.okrsdk.jira.model.LatestUpdate;
import io.okrsdk.jira.model.Objective;
import io.okrsdk.jira.model.OkrStatus;
import io.okrsdk.jira.model.Period;
import io.okrsdk.jira.model.ProgressDefinition;
import io.okrsdk.jira.model.ProgressType;
import io.okrsdk.jira.query.ObjectiveExpand;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The vendor doc's example response, kept verbatim in jira/objectives.json, decoded field by field. */
class ExampleResponseTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private OkrGraph graph;

  @BeforeEach
  void fetchTheExample() {
    server.enqueue(TestClients.json(Fixtures.read("jira/objectives.json")));
    try (OkrForJiraClient client = TestClients.forServer(server, new RecordingSleeper())) {
      graph = client.okrs().objectivesByIds(List.of("5fda249d289742000406b3e4"), ObjectiveExpand.all());
    }
  }

  private static OffsetDateTime utc(int year, int month, int day, int hour, int minute, int second) {
    return OffsetDateTime.of(year, month, day, hour, minute, second, 0, ZoneOffset.UTC);
  }

  @Test
  void theObjectiveHasEveryField() {
    assertThat(graph.objectives()).hasSize(1);
    Objective o = graph.objectives().get(0);
    assertThat(o.id()).isEqualTo("5fda249d289742000406b3e4");
    assertThat(o.key()).isEqualTo("O-2");
    assertThat(o.name()).isEqualTo("Become more mature company");
    assertThat(o.description())
        .contains("<p>This quarter we will be focusing on improving our performance.</p><p></p>");
    assertThat(o.parentObjectiveId()).isEmpty();
    assertThat(o.ownerAccountId()).contains("5c12ad9fd3af3b1ccfecbf55");
    assertThat(o.collaboratorAccountIds()).isEmpty();
    assertThat(o.percentDone()).isEqualTo(8.333333333333332);
    assertThat(o.created()).contains(utc(2020, 12, 16, 15, 15, 41));
    assertThat(o.startDate()).contains(utc(2021, 1, 1, 0, 0, 0));
    assertThat(o.deadline()).contains(utc(2021, 3, 31, 23, 59, 59));
    assertThat(o.labelIds()).isEmpty();
    assertThat(o.teamIds()).isEmpty();
    assertThat(o.krIds()).containsExactly("605480b190c42b0003385170", "6061e921e2f4470003bc3210");
    assertThat(o.childObjectiveIds())
        .containsExactly("5fdb72c63d2cf000035ceb37", "60743135b347480003dc6a9c", "61f9367df9aa7f0e4024a6fe");
    LatestUpdate update = o.latestUpdate().orElseThrow();
    assertThat(update.entityId()).contains("5fda249d289742000406b3e4");
    assertThat(update.status()).contains(OpenEnum.of(OkrStatus.ON_TRACK));
    assertThat(update.status().orElseThrow().value()).isEqualTo("ON_TRACK");
    assertThat(update.created()).contains(utc(2021, 5, 5, 12, 15, 14));
    assertThat(update.value()).isEmpty();
    assertThat(update.description()).contains("");
    assertThat(o.periodAliasId()).contains("602a6a2717378700039f342a");
    assertThat(o.weight()).contains(0.0);
    assertThat(o.link()).isEmpty();
    assertThat(o.okrTypeId()).isEmpty();
    assertThat(o.okrTypeName()).isEmpty();
    assertThat(o.expectedEndDate()).isEmpty();
    assertThat(o.finalGrade()).isEmpty();
    assertThat(o.iconBackgroundColor()).isEmpty();
    assertThat(o.iconTextColor()).isEmpty();
    assertThat(o.customFields()).isEmpty();
  }

  @Test
  void theKeyResultHasEveryField() {
    assertThat(graph.keyResults()).hasSize(1);
    KeyResult kr = graph.keyResults().get(0);
    assertThat(kr.id()).isEqualTo("5fda249d289742000406b3e5");
    assertThat(kr.key()).isEqualTo("KR-2");
    assertThat(kr.name()).isEqualTo("adda");
    assertThat(kr.description()).isEmpty();
    assertThat(kr.parentObjectiveId()).contains("5fdb72c63d2cf000035ceb37");
    assertThat(kr.issueIds()).containsExactly("10003");
    assertThat(kr.ownerAccountId()).contains("5c12ad9fd3af3b1ccfecbf55");
    assertThat(kr.collaboratorAccountIds()).isEmpty();
    assertThat(kr.percentDone()).isEqualTo(0.0);
    assertThat(kr.created()).contains(utc(2020, 12, 16, 15, 15, 41));
    assertThat(kr.startDate()).contains(utc(2021, 1, 5, 0, 0, 0));
    assertThat(kr.deadline()).contains(utc(2021, 3, 28, 0, 59, 59));
    assertThat(kr.labelIds()).isEmpty();
    assertThat(kr.teamIds()).isEmpty();
    assertThat(kr.periodAliasId()).isEmpty();
    LatestUpdate update = kr.latestUpdate().orElseThrow();
    assertThat(update.entityId()).contains("61c993aaa0fd9b768a0fb47d");
    assertThat(update.status()).contains(OpenEnum.of(OkrStatus.AT_RISK));
    assertThat(update.created()).contains(utc(2021, 12, 27, 10, 21, 30));
    assertThat(update.value()).contains(0.0);
    assertThat(update.description()).isEmpty();
    assertThat(kr.unit()).isEmpty();
    ProgressDefinition progress = kr.currentProgressDefinition().orElseThrow();
    assertThat(progress.type()).contains(OpenEnum.of(ProgressType.STANDARD));
    assertThat(progress.startValue()).contains(0.0);
    assertThat(progress.desiredValue()).contains(22.0);
    assertThat(progress.jql()).isEmpty();
    assertThat(kr.weight()).contains(1.0);
    assertThat(kr.link()).isEmpty();
    assertThat(kr.typeId()).isEmpty();
    assertThat(kr.typeName()).isEmpty();
    assertThat(kr.customFields()).isEmpty();
  }

  @Test
  void teamsPeriodsAndLabelsAreDecoded() {
    assertThat(graph.teams()).singleElement().satisfies(team -> {
      assertThat(team.id()).isEqualTo("605df77c6e53750003068c7d");
      assertThat(team.name()).contains("lets go!");
    });
    assertThat(graph.periods()).singleElement().satisfies(period -> {
      assertThat(period.id()).isEqualTo("602a6a2717378700039f342a");
      assertThat(period.name()).contains("Q1 Y2021");
      assertThat(period.startDate()).contains(utc(2021, 1, 1, 0, 0, 0));
      assertThat(period.deadline()).contains(utc(2021, 3, 31, 23, 59, 59));
    });
    assertThat(graph.labels()).singleElement().satisfies(label -> {
      assertThat(label.id()).isEqualTo("611a18f6c385f85c13ac860a");
      assertThat(label.name()).contains("Research");
    });
    assertThat(graph.okrTypes()).isEmpty();
    assertThat(graph.customFields()).isEmpty();
  }

  @Test
  void o2NavigatesToItsKeyResultIdsChildrenAndPeriod() {
    Objective o2 = graph.objectiveByKey("O-2").orElseThrow();
    assertThat(graph.objective("5fda249d289742000406b3e4")).contains(o2);
    assertThat(o2.krIds()).containsExactly("605480b190c42b0003385170", "6061e921e2f4470003bc3210");
    assertThat(o2.childObjectiveIds()).hasSize(3);
    assertThat(graph.periodOf(o2).flatMap(Period::name)).contains("Q1 Y2021");
    assertThat(graph.roots()).containsExactly(o2);
    assertThat(graph.parentOf(o2)).isEmpty();
    assertThat(graph.teamsOf(o2)).isEmpty();
    assertThat(graph.labelsOf(o2)).isEmpty();
    // The example fetched neither the key results O-2 lists nor its children: ids that point to
    // nothing resolve to nothing.
    assertThat(graph.keyResultsOf(o2)).isEmpty();
    assertThat(graph.childrenOf(o2)).isEmpty();
    assertThat(graph.keyResult("605480b190c42b0003385170")).isEmpty();
    assertThat(graph.tree()).extracting(node -> node.objective().key()).containsExactly("O-2");
  }

  @Test
  void kr2IsFoundByKeyAndItsMissingParentAndPeriodResolveToNothing() {
    KeyResult kr2 = graph.keyResultByKey("KR-2").orElseThrow();
    assertThat(graph.keyResult("5fda249d289742000406b3e5")).contains(kr2);
    assertThat(graph.parentOf(kr2)).isEmpty();
    assertThat(graph.ancestorsOf(kr2)).isEmpty();
    assertThat(graph.periodOf(kr2)).isEmpty();
    assertThat(graph.objectiveByKey("KR-2")).isEmpty();
    assertThat(graph.keyResultByKey("O-2")).isEmpty();
  }
}
