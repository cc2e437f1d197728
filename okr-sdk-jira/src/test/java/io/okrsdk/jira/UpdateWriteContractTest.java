package io.okrsdk.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.ForbiddenException;
import io.okrsdk.core.OkrNetworkException;
import io.okrsdk.core.RateLimitedException;
import io.okrsdk.core.ServerErrorException;
import io.okrsdk.core.json.OpenEnum;
import io.okrsdk.core.testsupport.RecordingSleeper;
import io.okrsdk.jira.model.KeyResultUpdateRequest;
import io.okrsdk.jira.model.ObjectiveUpdateRequest;
import io.okrsdk.jira.model.OkrStatus;
import io.okrsdk.jira.model.OkrUpdate;
import java.util.concurrent.ExecutionException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The two update methods on the wire, and the promise that a write is never sent twice. */
class UpdateWriteContractTest {
  private static final String CREATED =
      "{\"updateId\":\"65b000000000000000000001\",\"entityId\":\"5fda249d289742000406b3e4\",\"status\":\"ON_TRACK\","
          + "\"displayedStatus\":\"On Track\",\"created\":\"2024-01-29T08:00:00+0000\",\"value\":null,"
          + "\"description\":\"Good week\",\"source\":\"API\"}";

  @StartStop final MockWebServer server = new MockWebServer();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private OkrForJiraClient client;

  @BeforeEach
  void setUp() {
    client = TestClients.forServer(server, sleeper);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private RecordedRequest takePost(String path) throws InterruptedException {
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo(path);
    assertThat(request.getHeaders().get("API-Token")).isEqualTo(TestClients.TOKEN);
    assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
    return request;
  }

  @Test
  void objectiveUpdateSendsTheSpacedStatusAndDecodesThe201() throws Exception {
    server.enqueue(TestClients.json(201, CREATED));

    OkrUpdate created = client.updates().objective("5fda249d289742000406b3e4", OkrStatus.ON_TRACK, "Good week");

    RecordedRequest request = takePost("/api/v2/api-update/objectives");
    assertThat(request.getBody().utf8())
        .isEqualTo("{\"objectiveId\":\"5fda249d289742000406b3e4\",\"status\":\"ON TRACK\",\"description\":\"Good week\"}");
    assertThat(created.updateId()).contains("65b000000000000000000001");
    assertThat(created.entityId()).contains("5fda249d289742000406b3e4");
    // Read back with underscores, it is the same value that was written with a space.
    assertThat(created.status()).contains(OpenEnum.of(OkrStatus.class, "ON TRACK"));
    assertThat(created.displayedStatus()).contains("On Track");
    assertThat(created.description()).contains("Good week");
    assertThat(created.value()).isEmpty();
    assertThat(created.source().orElseThrow().value()).isEqualTo("API");
  }

  @Test
  void actionRequiredIsWrittenAsOffTrack() throws Exception {
    server.enqueue(TestClients.json(201, CREATED));

    client.updates().objective("o1", OkrStatus.ACTION_REQUIRED, null);

    assertThat(takePost("/api/v2/api-update/objectives").getBody().utf8())
        .isEqualTo("{\"objectiveId\":\"o1\",\"status\":\"OFF TRACK\"}");
  }

  @Test
  void keyResultUpdateSendsOnlyWhatWasGiven() throws Exception {
    server.enqueue(TestClients.json(201, CREATED));
    server.enqueue(TestClients.json(201, CREATED));

    client.updates().keyResult("5fda249d289742000406b3e5", OkrStatus.NOT_STARTED, 12.5, "Kick-off");
    client.updates().keyResult("5fda249d289742000406b3e5", null, 3.0, null);

    assertThat(takePost("/api/v2/api-update/keyResults").getBody().utf8())
        .isEqualTo(
            "{\"keyResultId\":\"5fda249d289742000406b3e5\",\"status\":\"NOT STARTED\",\"newValue\":12.5,"
                + "\"description\":\"Kick-off\"}");
    assertThat(takePost("/api/v2/api-update/keyResults").getBody().utf8())
        .isEqualTo("{\"keyResultId\":\"5fda249d289742000406b3e5\",\"newValue\":3.0}");
  }

  @Test
  void requestModelsAreRespelledHoweverTheStatusWasGiven() throws Exception {
    server.enqueue(TestClients.json(201, CREATED));
    server.enqueue(TestClients.json(201, CREATED));
    ObjectiveUpdateRequest objective =
        ObjectiveUpdateRequest.builder().objectiveId("o1").status(OpenEnum.of(OkrStatus.class, "AT_RISK")).build();
    KeyResultUpdateRequest keyResult =
        KeyResultUpdateRequest.builder().keyResultId("k1").status(OpenEnum.of(OkrStatus.ASSUMPTIONS_CHANGED)).build();
    assertThat(objective.status().orElseThrow().value()).isEqualTo("AT RISK");

    client.updates().objective(objective);
    client.updates().keyResult(keyResult);

    assertThat(takePost("/api/v2/api-update/objectives").getBody().utf8())
        .isEqualTo("{\"objectiveId\":\"o1\",\"status\":\"AT RISK\"}");
    assertThat(takePost("/api/v2/api-update/keyResults").getBody().utf8())
        .isEqualTo("{\"keyResultId\":\"k1\",\"status\":\"ASSUMPTIONS CHANGED\"}");
  }

  @Test
  void anUnknownStatusIsSentAsGiven() throws Exception {
    server.enqueue(TestClients.json(201, CREATED));

    client.updates().objective(
        ObjectiveUpdateRequest.builder().objectiveId("o1").status(OpenEnum.of(OkrStatus.class, "ON HOLD")).build());

    assertThat(takePost("/api/v2/api-update/objectives").getBody().utf8())
        .isEqualTo("{\"objectiveId\":\"o1\",\"status\":\"ON HOLD\"}");
  }

  @Test
  void asyncTwinsPostTheSameBodies() throws Exception {
    server.enqueue(TestClients.json(201, CREATED));
    server.enqueue(TestClients.json(201, CREATED));
    server.enqueue(TestClients.json(201, CREATED));
    server.enqueue(TestClients.json(201, CREATED));

    assertThat(client.updates().objectiveAsync("o1", OkrStatus.AT_RISK, "x").get().updateId()).isPresent();
    assertThat(client.updates().keyResultAsync("k1", OkrStatus.SUCCESS, 1.0, null).get().updateId()).isPresent();
    client.updates().objectiveAsync(ObjectiveUpdateRequest.builder().objectiveId("o2").build()).get();
    client.updates().keyResultAsync(KeyResultUpdateRequest.builder().keyResultId("k2").build()).get();

    assertThat(takePost("/api/v2/api-update/objectives").getBody().utf8())
        .isEqualTo("{\"objectiveId\":\"o1\",\"status\":\"AT RISK\",\"description\":\"x\"}");
    assertThat(takePost("/api/v2/api-update/keyResults").getBody().utf8())
        .isEqualTo("{\"keyResultId\":\"k1\",\"status\":\"SUCCESS\",\"newValue\":1.0}");
    assertThat(takePost("/api/v2/api-update/objectives").getBody().utf8()).isEqualTo("{\"objectiveId\":\"o2\"}");
    assertThat(takePost("/api/v2/api-update/keyResults").getBody().utf8()).isEqualTo("{\"keyResultId\":\"k2\"}");
  }

  @Test
  void aWriteIsNotResentAfterA503() {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "1").build());
    server.enqueue(TestClients.json(201, CREATED));

    assertThatThrownBy(() -> client.updates().objective("o1", OkrStatus.ON_TRACK, null))
        .isInstanceOf(ServerErrorException.class);

    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void aWriteIsNotResentAfterA429() {
    server.enqueue(new MockResponse.Builder().code(429).build());
    server.enqueue(TestClients.json(201, CREATED));

    assertThatThrownBy(() -> client.updates().keyResult("k1", null, 1.0, null)).isInstanceOf(RateLimitedException.class);

    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aWriteIsNotResentWhenTheConnectionDropsAfterSending() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(TestClients.json(201, CREATED));

    assertThatThrownBy(() -> client.updates().keyResult("k1", OkrStatus.AT_RISK, 2.0, null))
        .isInstanceOf(OkrNetworkException.class);

    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void anAsyncWriteIsNotResentEither() {
    server.enqueue(new MockResponse.Builder().code(502).build());
    server.enqueue(TestClients.json(201, CREATED));

    assertThatThrownBy(() -> client.updates().objectiveAsync("o1", OkrStatus.ON_TRACK, null).get())
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(ServerErrorException.class);

    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aValueOnAnAutomaticKeyResultIsAForbiddenException() {
    server.enqueue(TestClients.json(403, "{\"message\":\"Key result progress is automatic\"}"));

    assertThatThrownBy(() -> client.updates().keyResult("k1", null, 5.0, null))
        .isInstanceOfSatisfying(ForbiddenException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(403);
          assertThat(e.errorBody()).contains("automatic");
        });
  }
}
