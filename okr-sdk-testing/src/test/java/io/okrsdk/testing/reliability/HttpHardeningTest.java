package io.okrsdk.testing.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.NotFoundException;
import io.okrsdk.core.OkrNetworkException;
import io.okrsdk.core.RequestFate;
import io.okrsdk.core.ServerErrorException;
import io.okrsdk.core.testsupport.RecordingSleeper;
import io.okrsdk.gtmhub.GtmhubClient;
import io.okrsdk.gtmhub.model.GoalRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The core's HTTP guarantees through a platform client (Gtmhub): writes on a stale connection,
 * write fates, bulk and single DELETE, the call deadline, echoed secrets, settings HTTP cannot
 * carry, and a closed client.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HttpHardeningTest {
  private static final String TOKEN = "gtmhub-token-0123456789";
  private static final String GOAL = "{\"id\":\"g1\",\"name\":\"n\",\"sessionId\":\"s1\",\"ownerIds\":[]}";

  @StartStop final MockWebServer server = new MockWebServer();
  private final RecordingSleeper sleeper = new RecordingSleeper();

  private GtmhubClient.Builder builder() {
    return GtmhubClient.builder().baseUrl(server.url("/").toString()).credentials(TOKEN, "acc-1").sleeper(sleeper);
  }

  private static GoalRequest goal() {
    return GoalRequest.builder().name("written").sessionId("s1").build();
  }

  @Test
  void aCreateOnAConnectionTheServerClosedWhileIdleIsSentOnceOnAFreshOne() throws Exception {
    server.enqueue(new MockResponse.Builder().body(GOAL).onResponseEnd(new SocketEffect.CloseSocket()).build());
    server.enqueue(new MockResponse.Builder().body(GOAL).build());
    try (GtmhubClient client = builder().build()) {
      client.goals().get("g1");
      Thread.sleep(500);
      assertThat(client.goals().create(goal()).id()).isEqualTo("g1");
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
    server.takeRequest(1, TimeUnit.SECONDS);
    RecordedRequest create = server.takeRequest(1, TimeUnit.SECONDS);
    assertThat(create.getMethod()).isEqualTo("POST");
    assertThat(create.getConnectionIndex()).isEqualTo(1);
  }

  @Test
  void aCreateWhoseConnectionDropsAfterSendingTellsItMayHaveBeenApplied() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    try (GtmhubClient client = builder().build()) {
      assertThatThrownBy(() -> client.goals().create(goal()))
          .isInstanceOfSatisfying(OkrNetworkException.class, e -> assertThat(e.fate()).isEqualTo(RequestFate.MAY_HAVE_BEEN_APPLIED));
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aBulkDeleteIsNeverResentAndASingleDeleteThatMayHaveWorkedIsDone() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(new MockResponse.Builder().code(404).build());
    server.enqueue(new MockResponse.Builder().code(404).build());
    try (GtmhubClient client = builder().build()) {
      assertThatThrownBy(() -> client.goals().deleteAll(List.of("g1", "g2")))
          .isInstanceOfSatisfying(OkrNetworkException.class, e -> assertThat(e.fate()).isEqualTo(RequestFate.MAY_HAVE_BEEN_APPLIED));
      assertThat(server.getRequestCount()).isEqualTo(1);
      client.goals().delete("g1"); // dropped after sending, then 404: gone as asked
      assertThat(server.getRequestCount()).isEqualTo(3);
      assertThatThrownBy(() -> client.goals().delete("g1")).isInstanceOf(NotFoundException.class); // a plain 404
    }
  }

  @Test
  void aRetryAfterBeyondTheCallDeadlineEndsTheCallAtOnce() {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "4").build());
    try (GtmhubClient client = builder().callTimeout(Duration.ofSeconds(1)).build()) {
      assertThatThrownBy(() -> client.goals().get("g1"))
          .isInstanceOfSatisfying(ServerErrorException.class, e -> assertThat(e.attempts()).isEqualTo(1));
    }
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void anEchoedTokenIsMaskedInTheException() {
    server.enqueue(new MockResponse.Builder().code(400).body("{\"message\":\"bad header Authorization: Bearer " + TOKEN + "\"}").build());
    try (GtmhubClient client = builder().build()) {
      assertThatThrownBy(() -> client.goals().get("g1"))
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN).contains("REDACTED"));
    }
  }

  @Test
  void aTokenWithACopyPastedNoBreakSpaceIsRefusedWithoutShowingIt() {
    assertThatThrownBy(() -> GtmhubClient.builder().baseUrl(server.url("/").toString()).credentials(TOKEN + "\u00a0", "acc-1").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("token").hasMessageNotContaining(TOKEN);
    assertThatThrownBy(() -> GtmhubClient.builder().token(TOKEN + "\u200b"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("token").hasMessageNotContaining(TOKEN);
    assertThatThrownBy(() -> GtmhubClient.builder().accountId("acc\r\nX-Evil: 1"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("accountId");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aClosedClientRefusesCallsAndListings() {
    GtmhubClient client = builder().build();
    client.close();
    assertThatThrownBy(() -> client.goals().get("g1")).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    assertThatThrownBy(() -> client.goals().createAsync(goal())).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> client.goals().list(io.okrsdk.gtmhub.query.ListQuery.all()).iterator().next())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    assertThat(server.getRequestCount()).isZero();
  }
}
