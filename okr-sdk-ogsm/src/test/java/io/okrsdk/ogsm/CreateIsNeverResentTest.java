package io.okrsdk.ogsm;

import static io.okrsdk.ogsm.OgsmTesting.ASYNC_WAIT;
import static io.okrsdk.ogsm.OgsmTesting.arrayOf;
import static io.okrsdk.ogsm.OgsmTesting.clientFor;
import static io.okrsdk.ogsm.OgsmTesting.fixture;
import static io.okrsdk.ogsm.OgsmTesting.json;
import static io.okrsdk.ogsm.OgsmTesting.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.OkrNetworkException;
import io.okrsdk.core.ServerErrorException;
import io.okrsdk.core.testsupport.RecordingSleeper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A create that may have reached the server is never sent again: the caller gets the failure and
 * decides (a second POST could record the measurement twice). Each case queues a success after the
 * failure, so a re-send would be answered and the create would wrongly succeed.
 */
class CreateIsNeverResentTest {
  private static final LocalDate AT = LocalDate.of(2024, 10, 9);
  private static final BigDecimal VALUE = new BigDecimal("45.6");

  @StartStop final MockWebServer server = new MockWebServer();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private OgsmClient client;

  @BeforeEach
  void setUp() {
    client = clientFor(server, sleeper).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @Test
  void goalMeasurementCreateMeeting503IsReportedAndSentOnce() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "1").body("busy").build());
    server.enqueue(json(201, fixture("goal_measurement.json")));

    assertThatThrownBy(() -> client.goalMeasurements().create(123, AT, VALUE))
        .isInstanceOfSatisfying(ServerErrorException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(503);
          assertThat(e.method()).isEqualTo("POST");
        });

    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(take(server).getBody().utf8()).contains("\"goal_report\"");
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void goalMeasurementCreateWhoseConnectionDropsAfterSendingIsReportedAndSentOnce() throws Exception {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(json(201, fixture("goal_measurement.json")));

    assertThatThrownBy(() -> client.goalMeasurements().create(123, AT, VALUE))
        .isInstanceOfSatisfying(OkrNetworkException.class, e -> assertThat(e.method()).isEqualTo("POST"));

    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(take(server).getTarget()).isEqualTo("/api/v2/goal_reports.json");
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void kpiMeasurementCreateMeeting503IsReportedAndSentOnce() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).build());
    server.enqueue(json(201, fixture("kpi_measurement.json")));

    assertThatThrownBy(() -> client.kpiMeasurements().create(123, AT, VALUE))
        .isInstanceOfSatisfying(ServerErrorException.class, e -> assertThat(e.statusCode()).isEqualTo(503));

    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(take(server).getBody().utf8()).contains("\"indicator_report\"");
  }

  @Test
  void kpiMeasurementCreateWhoseConnectionDropsAfterSendingIsReportedAndSentOnce() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(json(201, fixture("kpi_measurement.json")));

    assertThatThrownBy(() -> client.kpiMeasurements().create(123, AT, VALUE)).isInstanceOf(OkrNetworkException.class);

    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void asyncCreateMeeting503FailsWithTheSameExceptionAndIsSentOnce() {
    server.enqueue(new MockResponse.Builder().code(503).build());
    server.enqueue(json(201, fixture("goal_measurement.json")));

    CompletableFuture<?> future = client.goalMeasurements().createAsync(123, AT, VALUE);

    assertThatThrownBy(() -> future.get(ASYNC_WAIT.toSeconds(), TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(ServerErrorException.class);
    // The future fails with the SDK's exception itself, not a CompletionException around it.
    assertThat(future.handle((value, failure) -> failure).join()).isInstanceOf(ServerErrorException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void asyncCreateWhoseConnectionDropsIsSentOnce() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(json(201, fixture("kpi_measurement.json")));

    CompletableFuture<?> future = client.kpiMeasurements().createAsync(123, AT, VALUE);

    assertThatThrownBy(() -> future.get(ASYNC_WAIT.toSeconds(), TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(OkrNetworkException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void listingsMeetingThe503AreRetriedWhichIsWhatMakesTheCreateCasesMeaningful() {
    server.enqueue(new MockResponse.Builder().code(503).build());
    server.enqueue(json(200, arrayOf("goal_measurement.json")));

    assertThat(client.goalMeasurements().listAll()).hasSize(1);

    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeper.waits()).hasSize(1);
  }
}
