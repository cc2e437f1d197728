package io.okrsdk.jira;

import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.core.json.OpenEnum;
import io.okrsdk.core.testsupport.Fixtures;
import io.okrsdk.core.testsupport.RecordingSleeper;
import io.okrsdk.jira.model.CustomField;
import io.okrsdk.jira.model.CustomFieldType;
import io.okrsdk.jira.model.CustomFieldValue;
import io.okrsdk.jira.model.KeyResult;
import io.okrsdk.jira.model.KeyResultUnit;
import io.okrsdk.jira.model.Objective;
import io.okrsdk.jira.model.OkrStatus;
import io.okrsdk.jira.model.OkrType;
import io.okrsdk.jira.model.ProgressType;
import io.okrsdk.jira.model.Team;
import io.okrsdk.jira.query.ObjectiveExpand;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fields api-notes lists beyond the doc's example (jira/export-all-fields.json): links, types,
 * grades, icon colours, custom fields, units, JQL-driven progress, OKR types, unknown values.
 */
class AllFieldsDecodingTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private OkrGraph graph;

  @BeforeEach
  void fetch() {
    server.enqueue(TestClients.json(Fixtures.read("jira/export-all-fields.json")));
    try (OkrForJiraClient client = TestClients.forServer(server, new RecordingSleeper())) {
      graph = client.okrs().objectivesByIds(List.of("61f9367df9aa7f0e4024a6fe"), ObjectiveExpand.all());
    }
  }

  @Test
  void objectiveExtrasAreDecoded() {
    Objective o = graph.objectiveByKey("O-7").orElseThrow();
    assertThat(o.collaboratorAccountIds()).containsExactly("60a1b2c3d4e5f60718293a4b", "60a1b2c3d4e5f60718293a4c");
    assertThat(o.percentDone()).isEqualTo(42.5);
    assertThat(o.expectedEndDate()).contains(OffsetDateTime.of(2022, 4, 15, 12, 0, 0, 0, ZoneOffset.ofHours(2)));
    assertThat(o.finalGrade()).contains(0.85);
    assertThat(o.weight()).contains(2.5);
    assertThat(o.link()).hasValueSatisfying(link -> assertThat(link).endsWith("objective=O-7"));
    assertThat(o.okrTypeId()).contains("630000000000000000000001");
    assertThat(o.okrTypeName()).contains("Company");
    assertThat(o.iconBackgroundColor()).contains("#0052CC");
    assertThat(o.iconTextColor()).contains("#FFFFFF");
    assertThat(o.latestUpdate().orElseThrow().status())
        .hasValueSatisfying(status -> {
          assertThat(status.is(OkrStatus.ACTION_REQUIRED)).isTrue();
          assertThat(status.value()).isEqualTo("OFF TRACK");
        });
  }

  @Test
  void customFieldValuesKeepTheirShape() {
    Objective o = graph.objectiveByKey("O-7").orElseThrow();
    assertThat(o.customFields()).containsOnlyKeys("cf-text", "cf-number", "cf-multi", "cf-empty");
    assertThat(o.customFields().get("cf-text").asText()).contains("Mobile");
    assertThat(o.customFields().get("cf-number").asNumber()).contains(new BigDecimal("12.5"));
    assertThat(o.customFields().get("cf-number").asText()).contains("12.5");
    assertThat(o.customFields().get("cf-multi").asList()).containsExactly("iOS", "Android");
    assertThat(o.customFields().get("cf-multi").asText()).isEmpty();
    CustomFieldValue empty = o.customFields().get("cf-empty");
    assertThat(empty.isNull()).isTrue();
    assertThat(empty.value()).isEmpty();
    assertThat(empty.asList()).isEmpty();
    KeyResult kr = graph.keyResultByKey("KR-9").orElseThrow();
    assertThat(kr.customFields().get("cf-number").asNumber()).contains(new BigDecimal("3"));
  }

  @Test
  void keyResultExtrasAreDecoded() {
    KeyResult kr = graph.keyResultByKey("KR-9").orElseThrow();
    assertThat(kr.issueIds()).containsExactly("10003", "10004");
    assertThat(kr.unit()).contains(KeyResultUnit.builder().name("Issues").symbol("#").build());
    assertThat(kr.currentProgressDefinition()).hasValueSatisfying(progress -> {
      assertThat(progress.type()).contains(OpenEnum.of(ProgressType.AUTO));
      assertThat(progress.jql()).contains("project = MOB AND fixVersion = 1.0");
      assertThat(progress.startValue()).contains(0.0);
      assertThat(progress.desiredValue()).contains(10.0);
    });
    assertThat(kr.typeId()).contains("630000000000000000000002");
    assertThat(kr.typeName()).contains("Delivery");
    assertThat(kr.expectedEndDate()).contains(OffsetDateTime.of(2022, 3, 20, 0, 0, 0, 0, ZoneOffset.UTC));
    assertThat(kr.finalGrade()).contains(0.7);
    assertThat(kr.link()).isPresent();
  }

  @Test
  void unknownStatusesAndTypesAreKept() {
    KeyResult kr = graph.keyResultByKey("KR-9").orElseThrow();
    OpenEnum<OkrStatus> status = kr.latestUpdate().orElseThrow().status().orElseThrow();
    assertThat(status.isKnown()).isFalse();
    assertThat(status.value()).isEqualTo("SOMETHING_NEW");
    CustomField rating = graph.customField("cf-empty").orElseThrow();
    assertThat(rating.type().orElseThrow().isKnown()).isFalse();
    assertThat(rating.type().orElseThrow().value()).isEqualTo("RATING");
    assertThat(graph.customField("cf-multi").orElseThrow().type()).contains(OpenEnum.of(CustomFieldType.MULTI_SELECT));
  }

  @Test
  void typesTeamsAndLabelsResolve() {
    Objective o = graph.objectiveByKey("O-7").orElseThrow();
    KeyResult kr = graph.keyResultByKey("KR-9").orElseThrow();
    assertThat(graph.okrTypeOf(o).flatMap(OkrType::name)).contains("Company");
    assertThat(graph.okrTypeOf(kr)).hasValueSatisfying(type -> {
      assertThat(type.backgroundColor()).contains("#36B37E");
      assertThat(type.textColor()).contains("#000000");
    });
    // A numeric team id in the JSON reads as its string.
    assertThat(graph.teamsOf(kr)).extracting(Team::id).containsExactly("10001", "10002");
    assertThat(graph.teamsOf(o)).extracting(Team::name).containsExactly(java.util.Optional.of("Mobile"));
    // One of the two label ids was not fetched.
    assertThat(graph.labelsOf(o)).singleElement().satisfies(label -> assertThat(label.name()).contains("Research"));
    assertThat(graph.keyResultsOf(o)).containsExactly(kr);
    assertThat(graph.parentOf(kr)).contains(o);
    assertThat(graph.periodOf(kr)).isEqualTo(graph.periodOf(o)).isPresent();
  }
}
