package io.okrsdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.RateLimitedException;
import io.okrsdk.core.http.RateLimitMode;
import io.okrsdk.gtmhub.GtmhubClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The fakes' shared rate limit: a token bucket across all requests, 429 with Retry-After beyond it. */
@Timeout(20)
class RateLimitedFakeTest {
  @RegisterExtension final FakeGtmhubServer gtmhub = new FakeGtmhubServer();

  @Test
  void requestsBeyondTheBurstAreRefusedWithRetryAfterAndCounted() {
    // One token a minute: nothing refills during the test.
    gtmhub.faults().rateLimit(1.0 / 60, 3);
    try (GtmhubClient client = gtmhub.clientBuilder().rateLimit(RateLimitMode.off()).maxRetries(0).build()) {
      for (int i = 0; i < 3; i++) {
        client.goals().get(FakeGtmhubServer.SEEDED_DRAFT_GOAL_ID);
      }
      assertThatThrownBy(() -> client.goals().get(FakeGtmhubServer.SEEDED_DRAFT_GOAL_ID))
          .isInstanceOfSatisfying(RateLimitedException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(429);
            assertThat(e.retryAfter()).isPresent();
            assertThat(e.retryAfter().get()).isBetween(Duration.ofSeconds(55), Duration.ofSeconds(60));
          });
    }
    assertThat(gtmhub.faults().rateLimitAccepted()).isEqualTo(3);
    assertThat(gtmhub.faults().rateLimitRefused()).isEqualTo(1);
  }

  @Test
  void resetSwitchesTheLimitOffAndTheBucketIsSharedByAllClients() {
    gtmhub.faults().rateLimit(1.0 / 60, 2);
    try (GtmhubClient first = gtmhub.clientBuilder().rateLimit(RateLimitMode.off()).maxRetries(0).build();
        GtmhubClient second = gtmhub.clientBuilder().rateLimit(RateLimitMode.off()).maxRetries(0).build()) {
      first.goals().get(FakeGtmhubServer.SEEDED_DRAFT_GOAL_ID);
      second.goals().get(FakeGtmhubServer.SEEDED_DRAFT_GOAL_ID);
      assertThatThrownBy(() -> first.goals().get(FakeGtmhubServer.SEEDED_DRAFT_GOAL_ID))
          .isInstanceOf(RateLimitedException.class);
      gtmhub.faults().reset();
      for (int i = 0; i < 10; i++) {
        second.goals().get(FakeGtmhubServer.SEEDED_DRAFT_GOAL_ID);
      }
    }
  }

  @Test
  void settingsOutOfRangeAreRejected() {
    assertThatThrownBy(() -> gtmhub.faults().rateLimit(0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> gtmhub.faults().rateLimit(5, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
