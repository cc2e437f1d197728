package io.okrsdk.testing.ogsm;

import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.ogsm.OgsmClient;
import io.okrsdk.ogsm.model.Goal;
import io.okrsdk.ogsm.model.GoalMeasurement;
import io.okrsdk.testing.FakeOgsmServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every read endpoint of the fake through the real client, and what the fake answers on the wire. */
class FakeOgsmEndpointsTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  @RegisterExtension final FakeOgsmServer ogsm = new FakeOgsmServer();

  @Test
  void listsTheDocumentedObjective(OgsmClient client) {
    assertThat(client.objectives().listAll()).containsExactly(OgsmExamples.objective());
  }

  @Test
  void listsTheDocumentedGoal(OgsmClient client) {
    assertThat(client.goals().listAll()).containsExactly(OgsmExamples.goal());
    Goal goal = client.goals().listAll().get(0);
    assertThat(goal.descriptionText()).contains("Description");
    assertThat(goal.targetUnit()).contains("EUR");
    assertThat(goal.chartVerticalMin()).isEmpty();
  }

  @Test
  void listsTheDocumentedGoalMeasurement(OgsmClient client) {
    assertThat(client.goalMeasurements().listAll()).containsExactly(OgsmExamples.goalMeasurement());
  }

  @Test
  void listsTheDocumentedStrategy(OgsmClient client) {
    assertThat(client.strategies().listAll()).containsExactly(OgsmExamples.strategy());
  }

  @Test
  void listsTheDocumentedKpi(OgsmClient client) {
    assertThat(client.kpis().listAll()).containsExactly(OgsmExamples.kpi());
  }

  @Test
  void listsTheDocumentedKpiMeasurement(OgsmClient client) {
    assertThat(client.kpiMeasurements().listAll()).containsExactly(OgsmExamples.kpiMeasurement());
  }

  @Test
  void listsTheDocumentedAction(OgsmClient client) {
    assertThat(client.actions().listAll()).containsExactly(OgsmExamples.action());
  }

  @Test
  void lazyAndAsyncListingsReadTheSameState(OgsmClient client) throws Exception {
    assertThat(client.goals().list()).containsExactly(OgsmExamples.goal());
    assertThat(client.actions().listAllAsync().get(WAIT.toSeconds(), TimeUnit.SECONDS))
        .containsExactly(OgsmExamples.action());
  }

  @ParameterizedTest
  @CsvSource({
    "api/v2/objectives.json, Objective title",
    "api/v2/goals.json, Goal title",
    "api/v2/goal_reports.json, \"goal\":{\"id\":123}",
    "api/v2/strategies.json, Strategy title",
    "api/v2/indicators.json, KPI title",
    "api/v2/indicator_reports.json, \"indicator\":{\"id\":123}",
    "api/v2/actions.json, Action title"
  })
  void listsAreBareJsonArraysOnTheWire(String path, String expected) {
    try (RawHttp http = new RawHttp(ogsm)) {
      RawHttp.Answer answer = http.get(path);

      assertThat(answer.status).isEqualTo(200);
      assertThat(answer.contentType).startsWith("application/json");
      assertThat(answer.body).startsWith("[{").endsWith("}]").contains(expected);
    }
  }

  @Test
  void snakeCaseFieldsAreWrittenAsTheApiNamesThem() {
    try (RawHttp http = new RawHttp(ogsm)) {
      String body = http.get("api/v2/goals.json").body;

      assertThat(body)
          .contains("\"target_unit\":\"EUR\"", "\"traffic_light\":\"red\"", "\"aggregation_method\":\"sum\"")
          .contains("\"chart_type\":\"line\"", "\"ogsm_canvases\":[{\"id\":789,\"row_order\":91}]");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"api/v2/unknown.json", "api/v2/goals", "api/v1/goals.json", "goals.json", ""})
  void unknownPathsAre404(String path) {
    try (RawHttp http = new RawHttp(ogsm)) {
      RawHttp.Answer answer = http.get(path);

      assertThat(answer.status).isEqualTo(404);
      assertThat(answer.body).contains("\"error\"");
    }
  }

  @ParameterizedTest
  @CsvSource({"POST, api/v2/goals.json", "PUT, api/v2/goal_reports.json", "DELETE, api/v2/actions.json"})
  void undocumentedMethodsOnKnownPathsAre404(String method, String path) {
    try (RawHttp http = new RawHttp(ogsm)) {
      assertThat(http.send(method, path, "application/json", "{}").status).isEqualTo(404);
    }
  }

  @Test
  void aQueryStringDoesNotChangeTheRoute() {
    try (RawHttp http = new RawHttp(ogsm)) {
      assertThat(http.get("api/v2/goals.json?page=2").status).isEqualTo(200);
    }
  }

  @Test
  void generatedGoalsFollowTheExamplesWithUniqueIdsAndAreDeterministic() {
    try (FakeOgsmServer big = new FakeOgsmServer().withGeneratedGoals(500);
        FakeOgsmServer again = new FakeOgsmServer().withGeneratedGoals(500);
        OgsmClient client = big.newClient();
        OgsmClient other = again.newClient()) {
      List<Goal> goals = client.goals().listAll();

      assertThat(goals).hasSize(501).first().isEqualTo(OgsmExamples.goal());
      assertThat(goals.stream().map(Goal::id).collect(Collectors.toSet())).hasSize(501);
      assertThat(goals.get(1).id()).isEqualTo(OgsmExamples.ID + 1);
      assertThat(goals.get(1).title()).isEqualTo("Goal 2");
      assertThat(goals).extracting(Goal::archived).contains(true, false);
      assertThat(goals).filteredOn(goal -> goal.trafficLight().isEmpty()).isNotEmpty();
      assertThat(other.goals().listAll()).isEqualTo(goals);
    }
  }

  @Test
  void generatedKpisAndMeasurementsReferToWhatExists() {
    try (FakeOgsmServer fake = new FakeOgsmServer().withGeneratedGoals(3).withGeneratedKpis(4)
            .withGeneratedGoalMeasurements(12);
        OgsmClient client = fake.newClient()) {
      assertThat(client.kpis().listAll()).hasSize(5)
          .allSatisfy(kpi -> assertThat(kpi.strategies()).extracting(r -> r.id()).containsExactly(OgsmExamples.ID));

      List<GoalMeasurement> measurements = client.goalMeasurements().listAll();
      assertThat(measurements).hasSize(1 + 4 * 12);
      assertThat(measurements.stream().map(GoalMeasurement::id).distinct()).hasSize(measurements.size());
      List<Long> goalIds = client.goals().listAll().stream().map(Goal::id).collect(Collectors.toList());
      assertThat(measurements).allSatisfy(m -> assertThat(goalIds).contains(m.goal().id()));
    }
  }

  @Test
  void anEmptyStoreListsEmptyArrays() {
    try (FakeOgsmServer empty = new FakeOgsmServer(new OgsmStore()); OgsmClient client = empty.newClient()) {
      assertThat(client.goals().listAll()).isEmpty();
      assertThat(client.actions().listAll()).isEmpty();
    }
  }
}
