package io.okrsdk.testing.ogsm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.NotFoundException;
import io.okrsdk.core.json.OpenEnum;
import io.okrsdk.ogsm.OgsmClient;
import io.okrsdk.ogsm.model.GoalMeasurement;
import io.okrsdk.ogsm.model.KpiMeasurement;
import io.okrsdk.ogsm.model.NewGoalMeasurement;
import io.okrsdk.ogsm.model.Reference;
import io.okrsdk.ogsm.model.TrafficLight;
import io.okrsdk.testing.FakeOgsmServer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Creating goal and KPI measurements on the fake: ids, listing, unknown targets and bad bodies. */
class FakeOgsmCreateTest {
  private static final LocalDate AT = LocalDate.of(2024, 10, 9);
  private static final BigDecimal VALUE = new BigDecimal("45.6");
  private static final String GOAL_REPORTS = "api/v2/goal_reports.json";
  private static final String INDICATOR_REPORTS = "api/v2/indicator_reports.json";

  @RegisterExtension final FakeOgsmServer ogsm = new FakeOgsmServer();

  @Test
  void aCreatedGoalMeasurementGetsANewIdAndShowsUpInTheList(OgsmClient client) {
    GoalMeasurement created = client.goalMeasurements().create(OgsmExamples.ID, AT, VALUE);

    assertThat(created.id()).isEqualTo(OgsmExamples.ID + 1);
    assertThat(created.goal().id()).isEqualTo(OgsmExamples.ID);
    assertThat(created.at()).contains(AT);
    assertThat(created.currentValue()).contains(VALUE);
    assertThat(created.targetValue()).isEmpty();
    assertThat(created.showInOgsm()).isFalse();
    assertThat(client.goalMeasurements().listAll()).containsExactly(OgsmExamples.goalMeasurement(), created);
    assertThat(ogsm.store().goalMeasurements()).contains(created);
  }

  @Test
  void theOptionalFieldsAreStoredAndEchoed(OgsmClient client) {
    GoalMeasurement created =
        client.goalMeasurements().create(NewGoalMeasurement.builder()
            .goal(Reference.of(OgsmExamples.ID))
            .at(AT)
            .currentValue(new BigDecimal("51.20"))
            .targetValue(new BigDecimal("50"))
            .trafficLight(TrafficLight.ORANGE)
            .showInOgsm(true)
            .description("October close")
            .build());

    assertThat(created.currentValue()).contains(new BigDecimal("51.20"));
    assertThat(created.targetValue()).contains(new BigDecimal("50"));
    assertThat(created.trafficLight()).contains(OpenEnum.of(TrafficLight.ORANGE));
    assertThat(created.showInOgsm()).isTrue();
    assertThat(created.description()).contains("October close");
    assertThat(client.goalMeasurements().listAll()).contains(created);
  }

  @Test
  void aCreatedKpiMeasurementGetsANewIdAndShowsUpInTheList(OgsmClient client) {
    KpiMeasurement created = client.kpiMeasurements().create(OgsmExamples.ID, AT, new BigDecimal("0.93"));

    assertThat(created.id()).isEqualTo(OgsmExamples.ID + 1);
    assertThat(created.kpi().id()).isEqualTo(OgsmExamples.ID);
    assertThat(created.currentValue()).contains(new BigDecimal("0.93"));
    assertThat(client.kpiMeasurements().listAll()).containsExactly(OgsmExamples.kpiMeasurement(), created);
  }

  @Test
  void aMeasurementForAGeneratedGoalIsListedWithIt() {
    try (FakeOgsmServer fake = new FakeOgsmServer().withGeneratedGoals(10); OgsmClient client = fake.newClient()) {
      long goalId = client.goals().listAll().get(7).id();

      GoalMeasurement created = client.goalMeasurements().create(goalId, AT, VALUE);

      assertThat(client.goalMeasurements().listAll().stream().filter(m -> m.goal().id() == goalId))
          .containsExactly(created);
    }
  }

  @Test
  void anUnknownGoalIs404AndNothingIsStored(OgsmClient client) {
    assertThatThrownBy(() -> client.goalMeasurements().create(999, AT, VALUE))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(404);
          assertThat(e.errorBody()).contains("999");
        });
    assertThat(ogsm.store().goalMeasurements()).containsExactly(OgsmExamples.goalMeasurement());
  }

  @Test
  void anUnknownKpiIs404AndNothingIsStored(OgsmClient client) {
    assertThatThrownBy(() -> client.kpiMeasurements().create(999, AT, VALUE)).isInstanceOf(NotFoundException.class);
    assertThat(ogsm.store().kpiMeasurements()).containsExactly(OgsmExamples.kpiMeasurement());
  }

  @Test
  void theDocumentedCurlBodiesAreAccepted() {
    try (RawHttp http = new RawHttp(ogsm)) {
      RawHttp.Answer goal = http.postJson(GOAL_REPORTS,
          "{\"goal_report\": {\"goal\": {\"id\": 123}, \"at\": \"2024-10-09\", \"current_value\": 45.6}}");
      RawHttp.Answer kpi = http.postJson(INDICATOR_REPORTS,
          "{\"indicator_report\": {\"indicator\": {\"id\": 123}, \"at\": \"2024-10-09\", \"current_value\": 45.6}}");

      assertThat(goal.status).isEqualTo(201);
      assertThat(goal.body).contains("\"id\":124", "\"goal\":{\"id\":123}", "\"current_value\":45.6");
      assertThat(kpi.status).isEqualTo(201);
      assertThat(kpi.body).contains("\"id\":124", "\"indicator\":{\"id\":123}");
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "not json                                                                                |400",
    "''                                                                                      |400",
    "[]                                                                                      |400",
    "{}                                                                                      |400",
    "{\"goal_report\": null}                                                                 |400",
    "{\"goal\": {\"id\": 123}, \"at\": \"2024-10-09\", \"current_value\": 45.6}              |400",
    "{\"indicator_report\": {\"indicator\": {\"id\": 123}, \"at\": \"2024-10-09\", \"current_value\": 1}}|400",
    "{\"goal_report\": {\"goal\": {\"id\": 123}, \"at\": \"2024-10-09\", \"current_value\": 1}} {}|400",
    "{\"goal_report\": {\"goal\": {\"id\": 123}, \"at\": \"2024-10-09\"}}                    |422",
    "{\"goal_report\": {\"goal\": {\"id\": 123}, \"current_value\": 1}}                      |422",
    "{\"goal_report\": {\"at\": \"2024-10-09\", \"current_value\": 1}}                       |422",
    "{\"goal_report\": {\"goal\": {\"id\": 123}, \"at\": \"9 October\", \"current_value\": 1}}|422",
    "{\"goal_report\": {\"goal\": {\"id\": 123}, \"at\": \"2024-10-09\", \"current_value\": \"many\"}}|422",
    "{\"goal_report\": {\"goal\": {\"id\": 0}, \"at\": \"2024-10-09\", \"current_value\": 1}}|422",
    "{\"goal_report\": {\"goal\": {\"id\": 123}, \"at\": \"2024-10-09\", \"current_value\": 1, \"traffic_light\": \"purple\"}}|422",
    "{\"goal_report\": {\"goal\": {\"id\": 999}, \"at\": \"2024-10-09\", \"current_value\": 1}}|404"
  })
  void aBadGoalReportIsRefusedAndNothingIsStored(String body, int status) {
    try (RawHttp http = new RawHttp(ogsm)) {
      RawHttp.Answer answer = http.postJson(GOAL_REPORTS, body);

      assertThat(answer.status).as(answer.body).isEqualTo(status);
      assertThat(answer.body).startsWith("{\"error\":");
    }
    assertThat(ogsm.store().goalMeasurements()).containsExactly(OgsmExamples.goalMeasurement());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "{\"goal_report\": {\"goal\": {\"id\": 123}, \"at\": \"2024-10-09\", \"current_value\": 1}}|400",
    "{\"indicator_report\": {\"goal\": {\"id\": 123}, \"at\": \"2024-10-09\", \"current_value\": 1}}|422",
    "{\"indicator_report\": {\"indicator\": {\"id\": 123}, \"at\": \"2024-10-09\"}}|422",
    "{\"indicator_report\": {\"indicator\": {\"id\": 5}, \"at\": \"2024-10-09\", \"current_value\": 1}}|404"
  })
  void aBadIndicatorReportIsRefusedAndNothingIsStored(String body, int status) {
    try (RawHttp http = new RawHttp(ogsm)) {
      assertThat(http.postJson(INDICATOR_REPORTS, body).status).isEqualTo(status);
    }
    assertThat(ogsm.store().kpiMeasurements()).containsExactly(OgsmExamples.kpiMeasurement());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"text/plain", "application/x-www-form-urlencoded", "''"})
  void aBodyNotSentAsJsonIsRefused(String contentType) {
    String body = "{\"goal_report\": {\"goal\": {\"id\": 123}, \"at\": \"2024-10-09\", \"current_value\": 1}}";
    try (RawHttp http = new RawHttp(ogsm)) {
      RawHttp.Answer answer = http.send("POST", GOAL_REPORTS, contentType.isEmpty() ? null : contentType, body);

      assertThat(answer.status).isEqualTo(400);
      assertThat(answer.body).contains("application/json");
    }
  }

  @Test
  void aJsonContentTypeWithACharsetIsAccepted() {
    String body = "{\"goal_report\": {\"goal\": {\"id\": 123}, \"at\": \"2024-10-09\", \"current_value\": 1}}";
    try (RawHttp http = new RawHttp(ogsm)) {
      assertThat(http.send("POST", GOAL_REPORTS, "application/json; charset=utf-8", body).status).isEqualTo(201);
    }
  }

  @Test
  void concurrentCreatesGetDistinctIdsAndAreAllListed(OgsmClient client) {
    List<CompletableFuture<GoalMeasurement>> futures = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      futures.add(client.goalMeasurements().createAsync(OgsmExamples.ID, AT.plusDays(i), BigDecimal.valueOf(i)));
    }
    List<GoalMeasurement> created = futures.stream().map(CompletableFuture::join).collect(Collectors.toList());

    assertThat(created.stream().map(GoalMeasurement::id).distinct()).hasSize(64);
    assertThat(client.goalMeasurements().listAll()).hasSize(65).containsAll(created);
  }
}
