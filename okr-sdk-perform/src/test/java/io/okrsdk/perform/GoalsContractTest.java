package io.okrsdk.perform;

import static io.okrsdk.perform.TestServers.BASIC_AUTH;
import static io.okrsdk.perform.TestServers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.OkrDecodingException;
import io.okrsdk.core.testsupport.Fixtures;
import io.okrsdk.perform.model.Goal;
import io.okrsdk.perform.model.GoalPage;
import io.okrsdk.perform.model.GoalUnit;
import io.okrsdk.perform.model.GoalVisibility;
import io.okrsdk.perform.model.RagStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** {@code GET api/v2/goals/} and {@code GET api/v2/goals/{api_id}/} against the vendor docs' examples. */
class GoalsContractTest {
  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void listSendsLimitOffsetAndBasicAuthAndDecodesTheDocsExample() throws Exception {
    server.enqueue(json(Fixtures.read("perform/goals.json")));
    List<Goal> goals;
    try (PerformClient client = TestServers.client(server)) {
      goals = client.goals().list(25).toList();
    }

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/api/v2/goals/?limit=25&offset=0");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo(BASIC_AUTH);
    assertThat(request.getBody()).isNull();
    // count is 1 and next is null: no second request.
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(goals).containsExactly(DocsExamples.goal());
    assertDocsGoal(goals.get(0));
  }

  @Test
  void listWithoutPageSizeAsksForOneHundred() throws Exception {
    server.enqueue(json(Fixtures.read("perform/goals.json")));
    try (PerformClient client = TestServers.client(server)) {
      assertThat(client.goals().list()).hasSize(1);
    }
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v2/goals/?limit=100&offset=0");
  }

  @Test
  void pageReturnsTheEnvelope() throws Exception {
    server.enqueue(json(Fixtures.read("perform/goals.json")));
    GoalPage page;
    try (PerformClient client = TestServers.client(server)) {
      page = client.goals().listPage(10, 20);
    }
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v2/goals/?limit=10&offset=20");
    assertThat(page.count()).isEqualTo(1);
    assertThat(page.next()).isEmpty();
    assertThat(page.previous()).isEmpty();
    assertThat(page.results()).containsExactly(DocsExamples.goal());
  }

  @Test
  void pageAsyncAndListAsyncMakeOneRequest() throws Exception {
    server.enqueue(json(Fixtures.read("perform/goals.json")));
    server.enqueue(json(Fixtures.read("perform/goals.json")));
    try (PerformClient client = TestServers.client(server)) {
      GoalPage page = client.goals().listPageAsync(5, 3).get();
      List<Goal> first = client.goals().listPageAsync(7, 0).get().results();
      assertThat(page.results()).containsExactly(DocsExamples.goal());
      assertThat(first).containsExactly(DocsExamples.goal());
    }
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v2/goals/?limit=5&offset=3");
    RecordedRequest second = server.takeRequest();
    assertThat(second.getTarget()).isEqualTo("/api/v2/goals/?limit=7&offset=0");
    assertThat(second.getHeaders().get("Authorization")).isEqualTo(BASIC_AUTH);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void getEncodesTheColonOfTheIdAndDecodesTheDocsExample() throws Exception {
    server.enqueue(json(Fixtures.read("perform/goal.json")));
    Goal goal;
    try (PerformClient client = TestServers.client(server)) {
      goal = client.goals().get(DocsExamples.GOAL_ID);
    }

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/api/v2/goals/" + DocsExamples.GOAL_ID_ENCODED + "/");
    assertThat(request.getUrl().pathSegments()).containsExactly("api", "v2", "goals", DocsExamples.GOAL_ID, "");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo(BASIC_AUTH);
    assertThat(goal).isEqualTo(DocsExamples.goal());
    assertDocsGoal(goal);
  }

  @Test
  void getAsyncSendsTheSameRequest() throws Exception {
    server.enqueue(json(Fixtures.read("perform/goal.json")));
    try (PerformClient client = TestServers.client(server)) {
      assertThat(client.goals().getAsync(DocsExamples.GOAL_ID).get()).isEqualTo(DocsExamples.goal());
    }
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/api/v2/goals/" + DocsExamples.GOAL_ID_ENCODED + "/");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo(BASIC_AUTH);
  }

  @Test
  void idsThatLookLikePathsStayOneSegment() throws Exception {
    server.enqueue(json("{\"api_id\":\"a/b?c\"}"));
    try (PerformClient client = TestServers.client(server)) {
      client.goals().get("a/b?c");
    }
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v2/goals/a%2Fb%3Fc/");
  }

  // The field list says title_name, the examples say title: both are read into title().

  @Test
  void titleNameOfTheFieldListIsReadAsTheTitle() {
    server.enqueue(json("{\"api_id\":\"1\",\"title_name\":\"From the field list\"}"));
    server.enqueue(
        json("{\"count\":1,\"next\":null,\"previous\":null,\"results\":[{\"title_name\":\"Listed\",\"api_id\":\"2\"}]}"));
    try (PerformClient client = TestServers.client(server)) {
      assertThat(client.goals().get("1").title()).contains("From the field list");
      assertThat(client.goals().list().toList()).extracting(goal -> goal.title().orElseThrow()).containsExactly("Listed");
    }
  }

  @Test
  void titleWinsOverTitleNameAndNullTitleFallsBackToTitleName() {
    server.enqueue(json("{\"api_id\":\"1\",\"title_name\":\"field list\",\"title\":\"example\"}"));
    server.enqueue(json("{\"api_id\":\"2\",\"title\":null,\"title_name\":\"field list\"}"));
    server.enqueue(json("{\"api_id\":\"3\",\"title\":null,\"title_name\":null}"));
    try (PerformClient client = TestServers.client(server)) {
      assertThat(client.goals().get("1").title()).contains("example");
      assertThat(client.goals().get("2").title()).contains("field list");
      assertThat(client.goals().get("3").title()).isEmpty();
    }
  }

  @Test
  void titleNameOfTheWrongTypeIsADecodingError() {
    server.enqueue(json("{\"count\":1,\"results\":[{\"api_id\":\"1\",\"title_name\":{\"x\":1}}]}"));
    try (PerformClient client = TestServers.client(server)) {
      assertThatThrownBy(() -> client.goals().list().toList())
          .isInstanceOfSatisfying(
              OkrDecodingException.class,
              e -> assertThat(e.jsonPath()).contains("$.results[0].title_name"));
    }
  }

  /** Field by field, so a failure names the field (the equality check above covers the rest). */
  private static void assertDocsGoal(Goal goal) {
    assertThat(goal.apiId()).isEqualTo("580:fef0d7fb-c87a-4607-936f-7a87f9bad6d6");
    assertThat(goal.title()).contains("Increase sales by 20%");
    assertThat(goal.description()).contains("");
    assertThat(goal.department()).isEmpty();
    assertThat(goal.teamManagerName()).isEmpty();
    assertThat(goal.personName()).contains("Joanne Stefani");
    assertThat(goal.personGroupName()).isEmpty();
    assertThat(goal.responsiblePersonName()).isEmpty();
    GoalUnit unit = goal.unit().orElseThrow();
    assertThat(unit.kind()).isEqualTo(GoalUnit.Kind.PERCENTAGE);
    assertThat(unit.value()).isEqualTo("perc");
    assertThat(unit.currency()).isEmpty();
    assertThat(unit.isCurrency()).isFalse();
    // Decimal strings keep their exact digits and scale.
    assertThat(goal.baselineValue()).contains(new BigDecimal("0.0000"));
    assertThat(goal.targetValue()).contains(new BigDecimal("100.0000"));
    assertThat(goal.currentValue()).contains(new BigDecimal("20.0000"));
    assertThat(goal.currentValue().orElseThrow().scale()).isEqualTo(4);
    assertThat(goal.startDate()).contains(LocalDate.of(2025, 1, 1));
    assertThat(goal.targetDate()).contains(LocalDate.of(2025, 12, 31));
    assertThat(goal.isComplete()).contains(false);
    assertThat(goal.ragStatus().orElseThrow().is(RagStatus.RED)).isTrue();
    assertThat(goal.ragStatus().orElseThrow().value()).isEqualTo("RED");
    assertThat(goal.autoCalculated()).contains(false);
    assertThat(goal.isOkr()).contains(false);
    assertThat(goal.weight()).contains(1);
    assertThat(goal.visibility().orElseThrow().known()).contains(GoalVisibility.LINE_OF_SIGHT);
    assertThat(goal.visibility().orElseThrow().value()).isEqualTo("lineofsight");
    assertThat(goal.ragTargetBased()).contains(false);
  }
}
