package io.okrsdk.ogsm;

import static io.okrsdk.ogsm.OgsmTesting.ASYNC_WAIT;
import static io.okrsdk.ogsm.OgsmTesting.arrayOf;
import static io.okrsdk.ogsm.OgsmTesting.assertGet;
import static io.okrsdk.ogsm.OgsmTesting.assertJsonPost;
import static io.okrsdk.ogsm.OgsmTesting.clientFor;
import static io.okrsdk.ogsm.OgsmTesting.fixture;
import static io.okrsdk.ogsm.OgsmTesting.json;
import static io.okrsdk.ogsm.OgsmTesting.minify;
import static io.okrsdk.ogsm.OgsmTesting.take;
import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.core.json.OpenEnum;
import io.okrsdk.core.testsupport.RecordingSleeper;
import io.okrsdk.ogsm.model.Goal;
import io.okrsdk.ogsm.model.GoalMeasurement;
import io.okrsdk.ogsm.model.Kpi;
import io.okrsdk.ogsm.model.KpiMeasurement;
import io.okrsdk.ogsm.model.NewGoalMeasurement;
import io.okrsdk.ogsm.model.NewKpiMeasurement;
import io.okrsdk.ogsm.model.Reference;
import io.okrsdk.ogsm.model.TrafficLight;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Goal and KPI measurements: the two listings and the two creates, with the exact wrapped bodies of
 * the docs ({@code {"goal_report": {...}}}, {@code {"indicator_report": {...}}}).
 */
class MeasurementContractTest {
  private static final GoalMeasurement DOCS_GOAL_MEASUREMENT =
      GoalMeasurement.builder()
          .id(123)
          .goal(Reference.of(456))
          .at(LocalDate.of(2024, 1, 1))
          .currentValue(new BigDecimal("78.9"))
          .trafficLight(OpenEnum.of(TrafficLight.GREEN))
          .showInOgsm(false)
          .description("Example")
          .build();
  private static final KpiMeasurement DOCS_KPI_MEASUREMENT =
      KpiMeasurement.builder()
          .id(123)
          .kpi(Reference.of(456))
          .at(LocalDate.of(2024, 1, 1))
          .currentValue(new BigDecimal("78.9"))
          .trafficLight(OpenEnum.of(TrafficLight.GREEN))
          .showInOgsm(false)
          .description("Example")
          .build();

  @StartStop final MockWebServer server = new MockWebServer();
  private OgsmClient client;

  @BeforeEach
  void setUp() {
    client = clientFor(server, new RecordingSleeper()).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @Test
  void listGoalMeasurementsFromTheGoalReportsPath() throws Exception {
    server.enqueue(json(200, arrayOf("goal_measurement.json")));

    List<GoalMeasurement> measurements = client.goalMeasurements().listAll();

    assertGet(take(server), "/api/v2/goal_reports.json");
    assertThat(measurements).containsExactly(DOCS_GOAL_MEASUREMENT);
    GoalMeasurement m = measurements.get(0);
    assertThat(m.id()).isEqualTo(123L);
    assertThat(m.goal().id()).isEqualTo(456L);
    assertThat(m.at()).contains(LocalDate.of(2024, 1, 1));
    assertThat(m.currentValue()).contains(new BigDecimal("78.9"));
    assertThat(m.targetValue()).isEmpty();
    assertThat(m.trafficLight().flatMap(OpenEnum::known)).contains(TrafficLight.GREEN);
    assertThat(m.showInOgsm()).isFalse();
    assertThat(m.description()).contains("Example");
    assertThat(m.descriptionText()).contains("Example");
  }

  @Test
  void listKpiMeasurementsFromTheIndicatorReportsPath() throws Exception {
    server.enqueue(json(200, arrayOf("kpi_measurement.json")));
    server.enqueue(json(200, arrayOf("kpi_measurement.json")));

    List<KpiMeasurement> measurements = client.kpiMeasurements().listAll();
    List<KpiMeasurement> lazily = client.kpiMeasurements().list().toList();

    assertGet(take(server), "/api/v2/indicator_reports.json");
    assertGet(take(server), "/api/v2/indicator_reports.json");
    assertThat(measurements).containsExactly(DOCS_KPI_MEASUREMENT).isEqualTo(lazily);
    KpiMeasurement m = measurements.get(0);
    assertThat(m.kpi().id()).isEqualTo(456L);
    assertThat(m.at()).contains(LocalDate.of(2024, 1, 1));
    assertThat(m.currentValue()).contains(new BigDecimal("78.9"));
    assertThat(m.targetValue()).isEmpty();
    assertThat(m.trafficLight().map(OpenEnum::value)).contains("green");
    assertThat(m.showInOgsm()).isFalse();
    assertThat(m.description()).contains("Example");
  }

  @Test
  void createGoalMeasurementSendsTheDocsCurlBodyAndReturnsTheCreatedObject() throws Exception {
    server.enqueue(json(201, fixture("goal_measurement.json")));

    GoalMeasurement created =
        client.goalMeasurements().create(123, LocalDate.of(2024, 10, 9), new BigDecimal("45.6"));

    RecordedRequest request = take(server);
    assertJsonPost(request, "/api/v2/goal_reports.json");
    assertThat(request.getBody().utf8())
        .isEqualTo("{\"goal_report\":{\"goal\":{\"id\":123},\"at\":\"2024-10-09\",\"current_value\":45.6}}")
        .isEqualTo(minify(fixture("goal_report_create_curl.json")));
    assertThat(created).isEqualTo(DOCS_GOAL_MEASUREMENT);
    assertThat(created.id()).isEqualTo(123L);
  }

  @Test
  void createGoalMeasurementMatchesTheDocsRequestExample() throws Exception {
    server.enqueue(json(201, fixture("goal_measurement.json")));

    client.goalMeasurements().create(NewGoalMeasurement.of(123, LocalDate.of(2022, 12, 14), new BigDecimal("45.6")));

    assertThat(take(server).getBody().utf8()).isEqualTo(minify(fixture("goal_report_create.json")));
  }

  @Test
  void createGoalMeasurementWithEveryOptionalField() throws Exception {
    server.enqueue(json(201, fixture("goal_measurement.json")));
    NewGoalMeasurement measurement =
        NewGoalMeasurement.builder()
            .goal(Reference.of(123))
            .at(LocalDate.of(2024, 10, 9))
            .currentValue(new BigDecimal("45.60"))
            .targetValue(new BigDecimal("50"))
            .trafficLight(TrafficLight.ORANGE)
            .showInOgsm(true)
            .description("Closed \"Q3\" – on plan")
            .build();

    client.goalMeasurements().create(measurement);

    RecordedRequest request = take(server);
    assertJsonPost(request, "/api/v2/goal_reports.json");
    assertThat(request.getBody().utf8())
        .isEqualTo(
            "{\"goal_report\":{\"goal\":{\"id\":123},\"at\":\"2024-10-09\",\"current_value\":45.60,"
                + "\"target_value\":50,\"traffic_light\":\"orange\",\"show_in_ogsm\":true,"
                + "\"description\":\"Closed \\\"Q3\\\" – on plan\"}}");
  }

  @Test
  void createGoalMeasurementAsync() throws Exception {
    server.enqueue(json(201, fixture("goal_measurement.json")));

    GoalMeasurement created =
        client.goalMeasurements()
            .createAsync(123, LocalDate.of(2024, 10, 9), new BigDecimal("45.6"))
            .get(ASYNC_WAIT.toSeconds(), TimeUnit.SECONDS);

    RecordedRequest request = take(server);
    assertJsonPost(request, "/api/v2/goal_reports.json");
    assertThat(request.getBody().utf8()).isEqualTo(minify(fixture("goal_report_create_curl.json")));
    assertThat(created).isEqualTo(DOCS_GOAL_MEASUREMENT);
  }

  @Test
  void createKpiMeasurementSendsTheDocsCurlBodyAndReturnsTheCreatedObject() throws Exception {
    server.enqueue(json(201, fixture("kpi_measurement.json")));

    KpiMeasurement created =
        client.kpiMeasurements().create(123, LocalDate.of(2024, 10, 9), new BigDecimal("45.6"));

    RecordedRequest request = take(server);
    assertJsonPost(request, "/api/v2/indicator_reports.json");
    assertThat(request.getBody().utf8())
        .isEqualTo("{\"indicator_report\":{\"indicator\":{\"id\":123},\"at\":\"2024-10-09\",\"current_value\":45.6}}")
        .isEqualTo(minify(fixture("indicator_report_create_curl.json")));
    assertThat(created).isEqualTo(DOCS_KPI_MEASUREMENT);
  }

  @Test
  void createForAGoalOrKpiReadEarlierUsesItsId() throws Exception {
    server.enqueue(json(200, arrayOf("goal.json")));
    server.enqueue(json(201, fixture("goal_measurement.json")));
    server.enqueue(json(200, arrayOf("kpi.json")));
    server.enqueue(json(201, fixture("kpi_measurement.json")));

    Goal goal = client.goals().listAll().get(0);
    client.goalMeasurements().create(goal, LocalDate.of(2024, 10, 9), new BigDecimal("45.6"));
    Kpi kpi = client.kpis().listAll().get(0);
    client.kpiMeasurements()
        .createAsync(kpi, LocalDate.of(2024, 10, 9), new BigDecimal("45.6"))
        .get(ASYNC_WAIT.toSeconds(), TimeUnit.SECONDS);

    take(server);
    assertThat(take(server).getBody().utf8()).isEqualTo(minify(fixture("goal_report_create_curl.json")));
    take(server);
    assertThat(take(server).getBody().utf8()).isEqualTo(minify(fixture("indicator_report_create_curl.json")));
  }

  @Test
  void createKpiMeasurementMatchesTheDocsRequestExample() throws Exception {
    server.enqueue(json(201, fixture("kpi_measurement.json")));

    client.kpiMeasurements().create(NewKpiMeasurement.of(123, LocalDate.of(2022, 12, 14), new BigDecimal("45.6")));

    assertThat(take(server).getBody().utf8()).isEqualTo(minify(fixture("indicator_report_create.json")));
  }

  @Test
  void createKpiMeasurementWithEveryOptionalFieldAsync() throws Exception {
    server.enqueue(json(201, fixture("kpi_measurement.json")));
    NewKpiMeasurement measurement =
        NewKpiMeasurement.builder()
            .kpi(Reference.of(77))
            .at(LocalDate.of(2025, 2, 28))
            .currentValue(new BigDecimal("-1.5"))
            .targetValue(new BigDecimal("0"))
            .trafficLight(TrafficLight.RED)
            .showInOgsm(false)
            .description("<p>Below target</p>")
            .build();

    KpiMeasurement created =
        client.kpiMeasurements().createAsync(measurement).get(ASYNC_WAIT.toSeconds(), TimeUnit.SECONDS);

    RecordedRequest request = take(server);
    assertJsonPost(request, "/api/v2/indicator_reports.json");
    assertThat(request.getBody().utf8())
        .isEqualTo(
            "{\"indicator_report\":{\"indicator\":{\"id\":77},\"at\":\"2025-02-28\",\"current_value\":-1.5,"
                + "\"target_value\":0,\"traffic_light\":\"red\",\"show_in_ogsm\":false,"
                + "\"description\":\"<p>Below target</p>\"}}");
    assertThat(created.id()).isEqualTo(123L);
  }
}
