package io.okrsdk.ogsm;

import static io.okrsdk.ogsm.OgsmTesting.clientFor;
import static io.okrsdk.ogsm.OgsmTesting.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.okrsdk.core.OkrDecodingException;
import io.okrsdk.core.json.DecodingMode;
import io.okrsdk.core.json.DecodingProblem;
import io.okrsdk.core.json.RawJson;
import io.okrsdk.core.testsupport.RecordingSleeper;
import io.okrsdk.ogsm.model.Goal;
import io.okrsdk.ogsm.model.GoalMeasurement;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A user's client (tolerant by default) against OGSM lists that differ from the docs in small ways:
 * one odd record or value costs that value, never the list.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class TolerantDecodingTest {
  private static final String MEASUREMENTS =
      "[{\"id\": 1, \"goal\": {\"id\": 4}, \"current_value\": 1.5},"
          + " {\"id\": 2, \"goal\": {\"id\": 4}, \"at\": \"2024-03-31\", \"current_value\": \"lots\","
          + " \"target_value\": {\"value\": 20}, \"show_in_ogsm\": \"yes\", \"source\": [\"import\"]}]";

  @StartStop final MockWebServer server = new MockWebServer();

  private OgsmClient client(DecodingMode mode) {
    return clientFor(server, new RecordingSleeper()).decodingMode(mode).build();
  }

  @Test
  void aMeasurementWithoutAtAndValuesOfAnotherTypeKeepTheList() {
    server.enqueue(json(200, MEASUREMENTS));
    List<GoalMeasurement> measurements;
    try (OgsmClient client = OgsmClient.builder().baseUrl(server.url("/").toString()).credentials("u", "p").build()) {
      measurements = client.goalMeasurements().listAll();
    }

    assertThat(measurements).extracting(GoalMeasurement::id).containsExactly(1L, 2L);
    GoalMeasurement undated = measurements.get(0);
    assertThat(undated.at()).isEmpty();
    assertThat(undated.currentValue()).contains(new BigDecimal("1.5"));
    assertThat(undated.unrecognized().isEmpty()).as("a left-out optional field is no problem").isTrue();

    GoalMeasurement odd = measurements.get(1);
    assertThat(odd.at()).contains(LocalDate.of(2024, 3, 31));
    assertThat(odd.goal().id()).isEqualTo(4);
    assertThat(odd.currentValue()).isEmpty();
    assertThat(odd.targetValue()).isEmpty();
    assertThat(odd.showInOgsm()).isFalse();
    assertThat(odd.unrecognized().mismatchedFields())
        .containsEntry("current_value", RawJson.of("\"lots\""))
        .containsEntry("target_value", RawJson.of("{\"value\": 20}"))
        .containsEntry("show_in_ogsm", RawJson.of("\"yes\""));
    assertThat(odd.unrecognized().problems())
        .extracting(DecodingProblem::jsonPath)
        .containsExactlyInAnyOrder("$[1].current_value", "$[1].target_value", "$[1].show_in_ogsm");
    assertThat(odd.unrecognized().unknownFields()).containsEntry("source", RawJson.of("[\"import\"]"));
  }

  @Test
  void strictModeFailsTheListWithThePath() {
    server.enqueue(json(200, MEASUREMENTS));
    try (OgsmClient client = client(DecodingMode.STRICT)) {
      assertThatThrownBy(() -> client.goalMeasurements().listAll())
          .isInstanceOfSatisfying(OkrDecodingException.class, e -> assertThat(e.jsonPath()).contains("$[1].current_value"));
    }
  }

  @Test
  void anAssigneeGivenAsANameAndAFractionalRowOrderCostThoseValues() {
    server.enqueue(json(200,
        "[{\"id\": 7, \"title\": \"Grow\", \"assignee\": \"Firstname Lastname\","
            + " \"ogsm_canvases\": [{\"id\": 3, \"row_order\": 91.5}]}]"));
    List<Goal> goals;
    try (OgsmClient client = client(DecodingMode.TOLERANT)) {
      goals = client.goals().listAll();
    }

    Goal goal = goals.get(0);
    assertThat(goal.title()).isEqualTo("Grow");
    assertThat(goal.assignee()).isEmpty();
    assertThat(goal.unrecognized().mismatchedFields()).containsEntry("assignee", RawJson.of("\"Firstname Lastname\""));
    assertThat(goal.unrecognized().problems()).singleElement().satisfies(p -> assertThat(p.jsonPath()).isEqualTo("$[0].assignee"));
  }

  @Test
  void aMeasurementWithoutItsGoalFailsInBothModes() {
    for (DecodingMode mode : DecodingMode.values()) {
      server.enqueue(json(200, "[{\"id\": 1, \"at\": \"2024-03-31\"}]"));
      try (OgsmClient client = client(mode)) {
        assertThatThrownBy(() -> client.goalMeasurements().listAll())
            .as("%s", mode)
            .isInstanceOfSatisfying(OkrDecodingException.class, e -> assertThat(e.jsonPath()).hasValueSatisfying(
                path -> assertThat(path).startsWith("$[0]")));
      }
    }
  }

  @Test
  void fortyKilobyteDatesAreRefusedAtOnceAndCostOnlyTheirField() {
    // The date pattern once backtracked quadratically: ~5 s for one such string. A guard, not a timing.
    String hostile = "2024-03-31T" + "9".repeat(40 * 1024);
    String body = IntStream.range(0, 50)
        .mapToObj(i -> "{\"id\": " + i + ", \"goal\": {\"id\": 4}, \"at\": \"" + hostile + "\", \"current_value\": 1}")
        .collect(Collectors.joining(",", "[", "]"));
    server.enqueue(json(200, body));
    List<GoalMeasurement> measurements;
    try (OgsmClient client = client(DecodingMode.TOLERANT)) {
      measurements = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> client.goalMeasurements().listAll());
    }

    assertThat(measurements).hasSize(50).allSatisfy(m -> {
      assertThat(m.at()).isEmpty();
      assertThat(m.unrecognized().problems()).singleElement().satisfies(p -> {
        assertThat(p.jsonPath()).endsWith(".at");
        assertThat(p.excerpt().length()).isLessThan(200);
      });
    });
  }
}
