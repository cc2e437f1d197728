package io.okrsdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.internal.auth.BasicAuth;
import io.okrsdk.core.testsupport.RecordingSleeper;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.HTTP;

/** Writes are sent again only when they certainly never arrived, and failures tell their fate. */
@Timeout(30)
class WriteFateTest {
  @StartStop final MockWebServer server = new MockWebServer();
  final RecordingSleeper sleeper = new RecordingSleeper();

  interface BulkApi {
    @HTTP(method = "DELETE", path = "items/bulk", hasBody = true)
    Call<Void> deleteAll(@Body RequestBody ids);
  }

  private TestClient.Builder builder() {
    return TestClient.builder().baseUrl(server.url("/").toString()).auth(new BasicAuth("user", "password-1")).sleeper(sleeper);
  }

  private static TestClient.Item item() {
    return ImmutableItem.builder().id("1").build();
  }

  @Test
  void aWriteOnAPooledConnectionTheServerClosedIsSentOnceOnAFreshOne() throws Exception {
    // The server closes the keep-alive connection after the first answer, as servers do when idle.
    server.enqueue(new MockResponse.Builder().body("{\"id\":\"1\"}").onResponseEnd(new SocketEffect.CloseSocket()).build());
    server.enqueue(new MockResponse.Builder().code(201).body("{\"id\":\"2\"}").build());
    try (TestClient client = builder().maxRetries(0).build()) {
      client.runtime.execute(client.api.get("1"));
      Thread.sleep(500); // the close reaches the client while the connection sits in the pool
      assertThat(client.runtime.execute(client.api.create(item())).id()).isEqualTo("2");
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
    server.takeRequest(1, TimeUnit.SECONDS);
    RecordedRequest post = server.takeRequest(1, TimeUnit.SECONDS);
    assertThat(post.getMethod()).isEqualTo("POST");
    assertThat(post.getConnectionIndex()).isEqualTo(1); // a second connection
    assertThat(post.getExchangeIndex()).isEqualTo(0); // and the first request on it
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void aRefusedConnectionIsNotSent() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    try (TestClient client = TestClient.builder().baseUrl("http://127.0.0.1:" + port + "/").auth(new BasicAuth("user", "password-1"))
        .sleeper(sleeper).maxRetries(0).build()) {
      assertThatThrownBy(() -> client.runtime.execute(client.api.create(item())))
          .isInstanceOfSatisfying(OkrNetworkException.class, e -> {
            assertThat(e.fate()).isEqualTo(RequestFate.NOT_SENT);
            assertThat(e.getMessage()).contains("not sent");
          });
    }
  }

  @Test
  void aWriteDroppedAfterItWasSentMayHaveBeenApplied() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    try (TestClient client = builder().build()) {
      assertThatThrownBy(() -> client.runtime.execute(client.api.create(item())))
          .isInstanceOfSatisfying(OkrNetworkException.class, e -> {
            assertThat(e.fate()).isEqualTo(RequestFate.MAY_HAVE_BEEN_APPLIED);
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.getMessage()).contains("may have been applied");
          });
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aWriteWhoseSuccessAnswerBreaksOffWasApplied() {
    server.enqueue(new MockResponse.Builder().code(201).body("{\"id\":\"1\",\"name\":\"" + "x".repeat(100_000) + "\"}")
        .onResponseBody(new SocketEffect.CloseSocket()).build());
    try (TestClient client = builder().build()) {
      assertThatThrownBy(() -> client.runtime.execute(client.api.patch("1", item())))
          .isInstanceOfSatisfying(OkrNetworkException.class, e -> {
            assertThat(e.fate()).isEqualTo(RequestFate.APPLIED_ANSWER_LOST);
            assertThat(e.getMessage()).contains("applied");
          });
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aDeleteThatMayHaveDeletedBeforeItsRetryAnswered404IsDone() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(new MockResponse.Builder().code(404).build());
    try (TestClient client = builder().build()) {
      assertThat(client.runtime.execute(client.api.delete("1"))).isNull();
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aDeleteOf404AfterA429IsNotFound() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "1").build());
    server.enqueue(new MockResponse.Builder().code(404).build());
    try (TestClient client = builder().build()) {
      assertThatThrownBy(() -> client.runtime.execute(client.api.delete("1")))
          .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.attempts()).isEqualTo(2));
    }
  }

  @Test
  void aDeleteWithABodyIsNeverResentOnceItMayHaveArrived() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(new MockResponse.Builder().code(503).build());
    server.enqueue(new MockResponse.Builder().code(204).build());
    try (TestClient client = builder().build()) {
      BulkApi bulk = new WriteFateTest_BulkApiCalls(client.runtime.apiCalls());
      RequestBody ids = RequestBody.create("[\"a\",\"b\"]", okhttp3.MediaType.get("application/json"));
      assertThatThrownBy(() -> client.runtime.execute(bulk.deleteAll(ids)))
          .isInstanceOfSatisfying(OkrNetworkException.class, e -> assertThat(e.fate()).isEqualTo(RequestFate.MAY_HAVE_BEEN_APPLIED));
      assertThatThrownBy(() -> client.runtime.execute(bulk.deleteAll(ids))).isInstanceOf(ServerErrorException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void fatesAreListedInOrder() {
    assertThat(List.of(RequestFate.values()))
        .containsExactly(RequestFate.NOT_SENT, RequestFate.MAY_HAVE_BEEN_APPLIED, RequestFate.APPLIED_ANSWER_LOST);
  }
}
