package io.okrsdk.perform;

import static io.okrsdk.perform.TestServers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.OkrDecodingException;
import io.okrsdk.core.json.DecodingMode;
import io.okrsdk.core.json.RawJson;
import io.okrsdk.core.testsupport.RecordingSleeper;
import io.okrsdk.perform.model.Goal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A user's client (tolerant by default) against plausible bodies that differ from the docs. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class TolerantDecodingTest {
  private static final String PAGE =
      "{\"count\":2,\"next\":null,\"results\":["
          + "{\"api_id\":\"580:1\",\"title\":\"Grow\",\"goal_weight\":1.5,\"secret_key\":\"k-1\"},"
          + "{\"api_id\":\"580:2\",\"title\":\"Keep\",\"goal_weight\":2,\"start_date\":\"soon\"}]}";

  @StartStop final MockWebServer server = new MockWebServer();
  private final Logger jul = Logger.getLogger("io.okrsdk.json");
  private final List<LogRecord> records = new ArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void captureLogs() {
    jul.addHandler(capture);
    jul.setLevel(Level.ALL);
    jul.setUseParentHandlers(false);
  }

  @AfterEach
  void releaseLogs() {
    jul.removeHandler(capture);
    jul.setLevel(null);
    jul.setUseParentHandlers(true);
  }

  private PerformClient client(DecodingMode mode) {
    PerformClient.Builder builder = TestServers.builder(server, new RecordingSleeper());
    return mode == null ? builder.decodingMode(DecodingMode.TOLERANT).build() : builder.decodingMode(mode).build();
  }

  @Test
  void aFractionalGoalWeightCostsThatFieldNotThePage() {
    server.enqueue(json(PAGE));
    List<Goal> goals;
    try (PerformClient client = client(null)) {
      goals = client.goals().list().toList();
    }

    assertThat(goals).extracting(Goal::apiId).containsExactly("580:1", "580:2");
    assertThat(goals.get(0).weight()).isEmpty();
    assertThat(goals.get(0).title()).contains("Grow");
    assertThat(goals.get(0).unrecognized().mismatchedFields()).containsEntry("goal_weight", RawJson.of("1.5"));
    assertThat(goals.get(0).unrecognized().unknownFields()).containsEntry("secret_key", RawJson.of("\"k-1\""));
    assertThat(goals.get(1).weight()).contains(2);
    assertThat(goals.get(1).startDate()).isEmpty();
    assertThat(goals.get(1).unrecognized().problems()).singleElement()
        .satisfies(p -> assertThat(p.jsonPath()).isEqualTo("$.results[1].start_date"));
  }

  @Test
  void problemsAreLoggedOncePerCallAtDebug() {
    server.enqueue(json(PAGE));
    try (PerformClient client = client(null)) {
      client.goals().list().toList();
    }

    assertThat(records).singleElement().satisfies(record -> {
      assertThat(record.getLevel()).isEqualTo(Level.FINE);
      assertThat(record.getMessage())
          .contains("2 values that did not fit")
          .contains("$.results[0].goal_weight: expected Integer but was 1.5")
          .contains("$.results[1].start_date");
    });
  }

  @Test
  void aWellFormedBodyLogsNothing() {
    server.enqueue(json("{\"count\":1,\"next\":null,\"results\":[{\"api_id\":\"580:1\",\"goal_weight\":1}]}"));
    try (PerformClient client = client(null)) {
      assertThat(client.goals().list().toList().get(0).unrecognized().isEmpty()).isTrue();
    }
    assertThat(records).isEmpty();
  }

  @Test
  void strictModeFailsTheCallWithThePath() {
    server.enqueue(json(PAGE));
    try (PerformClient client = client(DecodingMode.STRICT)) {
      assertThatThrownBy(() -> client.goals().list().toList())
          .isInstanceOfSatisfying(
              OkrDecodingException.class, e -> assertThat(e.jsonPath()).contains("$.results[0].goal_weight"));
    }
  }

  @Test
  void aGoalWithoutItsIdFailsInBothModes() {
    server.enqueue(json("{\"count\":1,\"results\":[{\"title\":\"no id\"}]}"));
    try (PerformClient client = client(null)) {
      assertThatThrownBy(() -> client.goals().list().toList()).isInstanceOf(OkrDecodingException.class).hasMessageContaining("apiId");
    }
  }

  @Test
  void aPageCountOfTheWrongTypeFails() {
    server.enqueue(json("{\"count\":\"many\",\"results\":[]}"));
    try (PerformClient client = client(null)) {
      assertThatThrownBy(() -> client.goals().list().toList())
          .isInstanceOfSatisfying(OkrDecodingException.class, e -> assertThat(e.jsonPath()).contains("$.count"));
    }
  }
}
