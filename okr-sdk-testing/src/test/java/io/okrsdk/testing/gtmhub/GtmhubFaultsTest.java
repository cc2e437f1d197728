package io.okrsdk.testing.gtmhub;

import static io.okrsdk.testing.FakeGtmhubServer.CURRENT_SESSION_ID;
import static io.okrsdk.testing.FakeGtmhubServer.SEEDED_DRAFT_GOAL_ID;
import static io.okrsdk.testing.FakeGtmhubServer.SEEDED_GOAL_COUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.OkrDecodingException;
import io.okrsdk.core.OkrNetworkException;
import io.okrsdk.core.RateLimitedException;
import io.okrsdk.core.ServerErrorException;
import io.okrsdk.core.http.Sleeper;
import io.okrsdk.gtmhub.GtmhubClient;
import io.okrsdk.gtmhub.model.GoalPatch;
import io.okrsdk.gtmhub.model.GoalRequest;
import io.okrsdk.gtmhub.query.ListQuery;
import io.okrsdk.testing.FakeGtmhubServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Faults switched on in the fake, met by the real client: retried reads without real sleeping,
 * writes sent once and reported. One fake for the class: the extension resets its faults after
 * each test.
 */
class GtmhubFaultsTest {
  @RegisterExtension static final FakeGtmhubServer GTMHUB = new FakeGtmhubServer();

  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private GtmhubClient client;

  @BeforeEach
  void recordingClient() {
    Sleeper recording = waits::add;
    client = GTMHUB.clientBuilder().sleeper(recording).build();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  @Test
  void aGetRecoversFromTwo429sByWaitingAsToldWithoutSleeping() {
    GTMHUB.faults().failNext(2, 429, Duration.ofSeconds(1));
    int before = GTMHUB.requestCount();
    long started = System.nanoTime();

    assertThat(client.goals().get(SEEDED_DRAFT_GOAL_ID).id()).isEqualTo(SEEDED_DRAFT_GOAL_ID);

    assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    assertThat(GTMHUB.requestCount() - before).isEqualTo(3);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
  }

  @Test
  void aGetGivesUpWhenTheRetriesRunOut() {
    GTMHUB.faults().failNext(3, 429, Duration.ofSeconds(2));

    assertThatThrownBy(() -> client.goals().listPage(ListQuery.all(), 0, 10))
        .isInstanceOfSatisfying(RateLimitedException.class,
            e -> assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(2)));
    assertThat(waits).hasSize(2);
  }

  @Test
  void aPostMeeting503IsReportedAndSentOnce() {
    GTMHUB.faults().failNext(1, 503, Duration.ofSeconds(1));
    int before = GTMHUB.requestCount();

    assertThatThrownBy(() -> client.goals().create(GoalRequest.builder().name("Once").sessionId(CURRENT_SESSION_ID).build()))
        .isInstanceOf(ServerErrorException.class);

    assertThat(GTMHUB.requestCount() - before).isEqualTo(1);
    assertThat(waits).isEmpty();
    assertThat(GTMHUB.goalCount()).isEqualTo(SEEDED_GOAL_COUNT);
  }

  @Test
  void aPatchMeetingADroppedConnectionIsReportedAndSentOnce() {
    GTMHUB.faults().dropNext(1);
    int before = GTMHUB.requestCount();

    assertThatThrownBy(() -> client.goals().update(SEEDED_DRAFT_GOAL_ID, GoalPatch.builder().name("Dropped").build()))
        .isInstanceOf(OkrNetworkException.class);

    assertThat(GTMHUB.requestCount() - before).isEqualTo(1);
    assertThat(client.goals().get(SEEDED_DRAFT_GOAL_ID).name()).hasValue("Delight customers with faster support");
  }

  @Test
  void aGetMeetingADroppedConnectionIsRetried() {
    GTMHUB.faults().dropNext(1);

    assertThat(client.goals().get(SEEDED_DRAFT_GOAL_ID).id()).isEqualTo(SEEDED_DRAFT_GOAL_ID);
  }

  @Test
  void brokenBodiesAreDecodingErrors() {
    GTMHUB.faults().truncateNext(1).malformNext(1);

    assertThatThrownBy(() -> client.goals().get(SEEDED_DRAFT_GOAL_ID)).isInstanceOf(OkrDecodingException.class);
    assertThatThrownBy(() -> client.goals().listPage(ListQuery.all(), 0, 5)).isInstanceOf(OkrDecodingException.class);
  }

  @Test
  void faultsQueuedInOneTestAreGoneInTheNext() {
    // Runs in any order with the others: whatever they queued was reset after them.
    GTMHUB.faults().latency(Duration.ofMillis(1));
    assertThat(client.goals().listPage(ListQuery.all(), 0, 1).items()).hasSize(1);
  }
}
