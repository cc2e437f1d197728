package io.okrsdk.ogsm;

import static io.okrsdk.ogsm.OgsmTesting.ASYNC_WAIT;
import static io.okrsdk.ogsm.OgsmTesting.clientFor;
import static io.okrsdk.ogsm.OgsmTesting.json;
import static io.okrsdk.ogsm.OgsmTesting.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.OkrDecodingException;
import io.okrsdk.core.json.OpenEnum;
import io.okrsdk.core.testsupport.RecordingSleeper;
import io.okrsdk.ogsm.internal.Responses;
import io.okrsdk.ogsm.model.Action;
import io.okrsdk.ogsm.model.AggregationMethod;
import io.okrsdk.ogsm.model.ChartType;
import io.okrsdk.ogsm.model.Goal;
import io.okrsdk.ogsm.model.GoalMeasurement;
import io.okrsdk.ogsm.model.KpiMeasurement;
import io.okrsdk.ogsm.model.Objective;
import io.okrsdk.ogsm.model.TrafficLight;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Responses beyond the docs' examples: values the examples leave null or false, values newer than
 * the SDK, and bodies that are not in the documented shape.
 */
class DecodingTest {
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
  void fieldsTheExamplesLeaveEmptyAreReadWhenSet() {
    server.enqueue(
        json(
            200,
            "[{\"id\": 9, \"goal\": {\"id\": 4}, \"at\": \"2024-03-31\", \"current_value\": \"12.50\","
                + " \"target_value\": 20.0, \"traffic_light\": \"orange\", \"show_in_ogsm\": true,"
                + " \"description\": \"<p>Q1 &amp; Q2</p>\"}]"));
    server.enqueue(
        json(
            200,
            "[{\"id\": 5, \"title\": \"Revenue\", \"archived\": true, \"chart_vertical_min\": -10.5,"
                + " \"labels\": [], \"ogsm_canvases\": [{\"id\": 1, \"row_order\": -4194304}]}]"));

    GoalMeasurement measurement = client.goalMeasurements().listAll().get(0);
    Goal goal = client.goals().listAll().get(0);

    assertThat(measurement.currentValue()).contains(new BigDecimal("12.50"));
    assertThat(measurement.targetValue()).contains(new BigDecimal("20.0"));
    assertThat(measurement.trafficLight().flatMap(OpenEnum::known)).contains(TrafficLight.ORANGE);
    assertThat(measurement.showInOgsm()).isTrue();
    assertThat(measurement.descriptionText()).contains("Q1 & Q2");
    assertThat(goal.archived()).isTrue();
    assertThat(goal.chartVerticalMin()).contains(new BigDecimal("-10.5"));
    assertThat(goal.canvases().get(0).rowOrder()).contains(-4194304L);
  }

  @Test
  void optionalFieldsMayBeNullOrMissing() {
    server.enqueue(
        json(
            200,
            "[{\"id\": 7, \"title\": \"Bare\", \"description\": null, \"assignee\": null, \"labels\": null,"
                + " \"start\": null, \"due\": null, \"status\": null, \"traffic_light\": null, \"progress\": null}]"));

    Action action = client.actions().listAll().get(0);

    assertThat(action)
        .isEqualTo(Action.builder().id(7).title("Bare").build())
        .satisfies(a -> {
          assertThat(a.description()).isEmpty();
          assertThat(a.descriptionText()).isEmpty();
          assertThat(a.assignee()).isEmpty();
          assertThat(a.labels()).isEmpty();
          assertThat(a.involved()).isEmpty();
          assertThat(a.canvases()).isEmpty();
          assertThat(a.statusName()).isEmpty();
          assertThat(a.trafficLight()).isEmpty();
          assertThat(a.progress()).isEmpty();
          assertThat(a.archived()).isFalse();
        });
  }

  @Test
  void unknownTrafficLightAndEnumValuesAreKept() {
    server.enqueue(
        json(
            200,
            "[{\"id\": 1, \"title\": \"G\", \"traffic_light\": \"blue\", \"aggregation_method\": \"median\","
                + " \"chart_type\": \"bar\"}]"));

    Goal goal = client.goals().listAll().get(0);

    OpenEnum<TrafficLight> light = goal.trafficLight().orElseThrow();
    assertThat(light.isKnown()).isFalse();
    assertThat(light.value()).isEqualTo("blue");
    assertThat(light.orElse(TrafficLight.RED)).isEqualTo(TrafficLight.RED);
    OpenEnum<AggregationMethod> method = goal.aggregationMethod().orElseThrow();
    assertThat(method.known()).isEmpty();
    assertThat(method.value()).isEqualTo("median");
    OpenEnum<ChartType> chart = goal.chartType().orElseThrow();
    assertThat(chart.known()).isEmpty();
    assertThat(chart.value()).isEqualTo("bar");
  }

  @Test
  void dutchTrafficLightSpellingsReadAsTheSameColours() {
    server.enqueue(
        json(
            200,
            "[" + measurementWithLight("rood") + "," + measurementWithLight("oranje") + ","
                + measurementWithLight("groen") + "," + measurementWithLight("GREEN") + "]"));

    List<KpiMeasurement> measurements = client.kpiMeasurements().listAll();

    assertThat(measurements)
        .extracting(m -> m.trafficLight().flatMap(OpenEnum::known).orElseThrow())
        .containsExactly(TrafficLight.RED, TrafficLight.ORANGE, TrafficLight.GREEN, TrafficLight.GREEN);
    assertThat(measurements.get(0).trafficLight().orElseThrow().value()).isEqualTo("rood");
  }

  @Test
  void decimalsKeepEveryDigit() {
    server.enqueue(
        json(200, "[{\"id\": 1, \"goal\": {\"id\": 2}, \"at\": \"2024-01-01\", \"current_value\": 0.1,"
            + " \"target_value\": 12345678901234567890.123456789}]"));

    GoalMeasurement measurement = client.goalMeasurements().listAll().get(0);

    assertThat(measurement.currentValue()).contains(new BigDecimal("0.1"));
    assertThat(measurement.targetValue()).contains(new BigDecimal("12345678901234567890.123456789"));
  }

  @Test
  void unknownFieldsAreIgnored() {
    server.enqueue(json(200, "[{\"id\": 1, \"title\": \"O\", \"color\": \"#fff\", \"extra\": {\"a\": [1, 2]}}]"));

    assertThat(client.objectives().listAll()).containsExactly(Objective.builder().id(1).title("O").build());
  }

  @Test
  void wrongTypedValueIsADecodingErrorNamingThePath() {
    server.enqueue(
        json(200, "[{\"id\": 1, \"goal\": {\"id\": 2}, \"at\": \"2024-01-01\", \"current_value\": \"lots\"}]"));

    assertThatThrownBy(() -> client.goalMeasurements().listAll())
        .isInstanceOfSatisfying(
            OkrDecodingException.class, e -> assertThat(e.jsonPath()).contains("$[0].current_value"));
  }

  @Test
  void wrongTypedIdDateAndFlagAreDecodingErrors() {
    server.enqueue(json(200, "[{\"id\": \"abc\", \"title\": \"O\"}]"));
    server.enqueue(json(200, "[{\"id\": 1, \"indicator\": {\"id\": 2}, \"at\": \"01/01/2024\"}]"));
    server.enqueue(json(200, "[{\"id\": 1, \"title\": \"A\", \"archived\": \"no\"}]"));
    server.enqueue(json(200, "[{\"id\": 1, \"title\": \"A\", \"labels\": \"label 1\"}]"));

    assertThatThrownBy(() -> client.objectives().listAll())
        .isInstanceOfSatisfying(OkrDecodingException.class, e -> assertThat(e.jsonPath()).contains("$[0].id"));
    assertThatThrownBy(() -> client.kpiMeasurements().listAll())
        .isInstanceOfSatisfying(OkrDecodingException.class, e -> assertThat(e.jsonPath()).contains("$[0].at"));
    assertThatThrownBy(() -> client.actions().listAll())
        .isInstanceOfSatisfying(OkrDecodingException.class, e -> assertThat(e.jsonPath()).contains("$[0].archived"));
    assertThatThrownBy(() -> client.strategies().listAll())
        .isInstanceOfSatisfying(OkrDecodingException.class, e -> assertThat(e.jsonPath()).contains("$[0].labels"));
  }

  @Test
  void missingRequiredFieldIsADecodingError() {
    server.enqueue(json(200, "[{\"id\": 1}]"));

    assertThatThrownBy(() -> client.goals().listAll())
        .isInstanceOf(OkrDecodingException.class)
        .hasMessageContaining("title");
  }

  @Test
  void objectWhereTheDocsPromiseAnArrayIsADecodingError() {
    server.enqueue(json(200, "{\"goals\": []}"));

    assertThatThrownBy(() -> client.goals().listAll()).isInstanceOf(OkrDecodingException.class);
  }

  @Test
  void truncatedBodyIsADecodingError() {
    server.enqueue(json(200, "[{\"id\": 1, \"title\": \"Go"));

    assertThatThrownBy(() -> client.goals().list().toList()).isInstanceOf(OkrDecodingException.class);
  }

  @Test
  void nullItemInAListIsADecodingErrorNamingItsIndex() {
    server.enqueue(json(200, "[{\"id\": 1, \"title\": \"S\"}, null]"));
    server.enqueue(json(200, "[null]"));

    assertThatThrownBy(() -> client.strategies().listAll())
        .isInstanceOfSatisfying(OkrDecodingException.class, e -> assertThat(e.jsonPath()).contains("$[1]"));
    assertThatThrownBy(() -> client.strategies().listAllAsync().get(ASYNC_WAIT.toSeconds(), TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(OkrDecodingException.class);
  }

  @Test
  void nullListBodyIsADecodingErrorAndAnEmptyArrayIsNoItems() {
    server.enqueue(json(200, "null"));
    server.enqueue(json(200, "[]"));

    assertThatThrownBy(() -> client.kpis().listAll())
        .isInstanceOfSatisfying(OkrDecodingException.class, e -> assertThat(e.jsonPath()).contains("$"));
    assertThat(client.kpis().list()).isEmpty();
  }

  @Test
  void createAnsweredWithoutTheCreatedObjectIsADecodingError() {
    server.enqueue(status(204));
    server.enqueue(json(201, "null"));

    assertThatThrownBy(() -> client.goalMeasurements().create(1, LocalDate.of(2024, 1, 1), BigDecimal.ONE))
        .isInstanceOf(OkrDecodingException.class)
        .hasMessageContaining("204 without the body");
    assertThatThrownBy(
            () -> client.kpiMeasurements()
                .createAsync(1, LocalDate.of(2024, 1, 1), BigDecimal.ONE)
                .get(ASYNC_WAIT.toSeconds(), TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(OkrDecodingException.class)
        .hasMessageContaining("body was null");
  }

  @Test
  void listsAreUnmodifiable() {
    server.enqueue(json(200, "[{\"id\": 1, \"title\": \"O\"}]"));

    List<Objective> objectives = client.objectives().listAll();

    assertThatThrownBy(() -> objectives.add(objectives.get(0))).isInstanceOf(UnsupportedOperationException.class);
  }

  private static String measurementWithLight(String light) {
    return "{\"id\": 1, \"indicator\": {\"id\": 2}, \"at\": \"2024-01-01\", \"traffic_light\": \"" + light + "\"}";
  }
}
