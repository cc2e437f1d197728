package io.okrsdk.testing.perform;

import io.okrsdk.core.testsupport.RecordingSleeper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.OkrDecodingException;
import io.okrsdk.core.OkrNetworkException;
import io.okrsdk.core.RateLimitedException;
import io.okrsdk.core.ServerErrorException;
import io.okrsdk.perform.PerformClient;
import io.okrsdk.perform.model.Goal;
import io.okrsdk.testing.FakePerformServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The base class's faults against the real client: retried where the SDK retries, mapped where it does not. */
class FakePerformFaultsTest {
  @RegisterExtension final FakePerformServer perform = new FakePerformServer();

  private final RecordingSleeper sleeper = new RecordingSleeper();

  @Test
  void recoversFromTwo503sByRetryingAfterTheAnnouncedWait() {
    perform.faults().failNext(2, 503, Duration.ofSeconds(1));
    try (PerformClient client = perform.clientBuilder().sleeper(sleeper).build()) {
      assertThat(client.goals().get(FakePerformServer.EXAMPLE_GOAL_ID).title()).hasValue("Increase sales by 20%");
    }
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    assertThat(perform.requestCount()).isEqualTo(3);
  }

  @Test
  void givesUpWhenTheFaultsOutlastTheRetries() {
    perform.faults().failNext(3, 503, Duration.ofSeconds(1));
    try (PerformClient client = perform.clientBuilder().sleeper(sleeper).build()) {
      assertThatThrownBy(() -> client.checkins().get(FakePerformServer.EXAMPLE_CHECKIN_ID))
          .isInstanceOf(ServerErrorException.class);
    }
    assertThat(perform.requestCount()).isEqualTo(3);
  }

  @Test
  void reports429WithItsRetryAfterWhenRetriesAreOff() {
    perform.faults().failNext(1, 429, Duration.ofSeconds(7));
    try (PerformClient client = perform.clientBuilder().sleeper(sleeper).maxRetries(0).build()) {
      assertThatThrownBy(() -> client.goals().list().toList())
          .isInstanceOfSatisfying(RateLimitedException.class,
              e -> assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(7)));
    }
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void retriesAFaultInTheMiddleOfPaging() {
    perform.withGeneratedGoals(49);
    try (PerformClient client = perform.clientBuilder().sleeper(sleeper).build()) {
      List<Goal> goals = new ArrayList<>();
      Iterator<Goal> iterator = client.goals().list(10).iterator();
      goals.add(iterator.next());
      perform.faults().failNext(1, 502, null).dropNext(1);
      iterator.forEachRemaining(goals::add);

      assertThat(goals).isEqualTo(perform.store().goals());
    }
    assertThat(sleeper.waits()).isNotEmpty();
    assertThat(perform.requestCount()).isEqualTo(5 + 2);
  }

  @Test
  void droppedConnectionIsANetworkErrorOrARetry() {
    perform.faults().dropNext(1);
    try (PerformClient client = perform.clientBuilder().sleeper(sleeper).maxRetries(0).build()) {
      assertThatThrownBy(() -> client.goals().get(FakePerformServer.EXAMPLE_GOAL_ID))
          .isInstanceOf(OkrNetworkException.class);
    }
    perform.faults().dropNext(1);
    try (PerformClient client = perform.clientBuilder().sleeper(sleeper).build()) {
      assertThat(client.goals().get(FakePerformServer.EXAMPLE_GOAL_ID).apiId())
          .isEqualTo(FakePerformServer.EXAMPLE_GOAL_ID);
    }
  }

  @Test
  void truncatedBodyIsADecodingError(PerformClient client) {
    perform.faults().truncateNext(1);
    assertThatThrownBy(() -> client.checkins().get(FakePerformServer.EXAMPLE_CHECKIN_ID))
        .isInstanceOf(OkrDecodingException.class);
    assertThat(client.checkins().get(FakePerformServer.EXAMPLE_CHECKIN_ID).responses()).hasSize(1);
  }

  @Test
  void malformedBodyIsADecodingError(PerformClient client) {
    perform.faults().malformNext(1);
    assertThatThrownBy(() -> client.goals().list().toList()).isInstanceOf(OkrDecodingException.class);
    assertThat(client.goals().list().toList()).hasSize(1);
  }

  @Test
  void latencyBeyondTheReadTimeoutIsANetworkError() {
    perform.faults().latency(Duration.ofMillis(600));
    try (PerformClient client =
        perform.clientBuilder().readTimeout(Duration.ofMillis(100)).maxRetries(0).build()) {
      assertThatThrownBy(() -> client.goals().get(FakePerformServer.EXAMPLE_GOAL_ID))
          .isInstanceOf(OkrNetworkException.class);
    }
  }
}
