package io.okrsdk.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.core.http.RateLimitMode;
import io.okrsdk.core.internal.auth.BasicAuth;
import io.okrsdk.core.testsupport.RecordingSleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The client's limiter in place: every attempt, retries and async calls included, draws from one
 * budget. The clock stands still and the sleeper only records, so the schedule is exact: the
 * recorded waits are the only time that passes, as if the client had slept them.
 */
@Timeout(30)
class RateLimitTest {
  @StartStop final MockWebServer server = new MockWebServer();
  final RecordingSleeper sleeper = new RecordingSleeper();

  private TestClient.Builder builder() {
    return TestClient.builder()
        .baseUrl(server.url("/").toString())
        .auth(new BasicAuth("u", "p"))
        .sleeper(sleeper)
        .clock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
  }

  private static MockResponse ok() {
    return new MockResponse.Builder().body("{\"id\":\"1\"}").build();
  }

  @Test
  void syncCallsRetriesAndAsyncCallsTakeTurnsFromOneBudget() {
    // 429, not 503: OkHttp itself silently repeats a 503 with "Retry-After: 0" below the interceptors.
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "0").build());
    server.enqueue(ok());
    server.enqueue(ok());
    server.enqueue(ok());
    try (TestClient client = builder().rateLimit(RateLimitMode.fixed(10, 1)).build()) {
      client.runtime.execute(client.api.get("1"));
      client.runtime.executeAsync(client.api.get("1")).join();
      client.runtime.execute(client.api.get("1"));
    }
    // The first attempt uses the burst; the retry (already spaced by the retry policy) goes at once
    // but takes the next slot, so the async call waits 200 ms and the last sync call, one slot
    // after it, 100 ms more.
    assertThat(sleeper.waits()).filteredOn(wait -> !wait.isZero())
        .containsExactly(Duration.ofMillis(200), Duration.ofMillis(100));
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void theDefaultAdaptiveModeDoesNotWaitWhileTheServerDoesNotThrottle() {
    for (int i = 0; i < 20; i++) {
      server.enqueue(ok());
    }
    try (TestClient client = builder().build()) {
      for (int i = 0; i < 20; i++) {
        client.runtime.execute(client.api.get("1"));
      }
    }
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void afterA429TheNextCallsArePacedInsteadOfRefused() {
    for (int i = 0; i < 10; i++) {
      server.enqueue(ok());
    }
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "1").build());
    for (int i = 0; i < 4; i++) {
      server.enqueue(ok());
    }
    try (TestClient client = builder().build()) {
      for (int i = 0; i < 14; i++) {
        client.runtime.execute(client.api.get("1"));
      }
    }
    // 10 accepted in the first second: pace at 10 a second. The retry of the refused call waited
    // its Retry-After and takes the saved token; each next call waits its slot, 100 ms on.
    assertThat(sleeper.waits()).containsExactly(
        Duration.ofSeconds(1), Duration.ofMillis(100), Duration.ofMillis(100), Duration.ofMillis(100));
  }

  @Test
  void aRecordedRetryAfterCountsAsPassedHoweverSlowlyTheMachineRuns() {
    // A clock that moves 10 ms whenever it is read: a slow machine. Each refusal is then a new one
    // to the limiter, which starts pacing at its slowest; the retries "slept" 3 s each, so their
    // slots are due, and nothing but the server's Retry-After is waited.
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "3").build());
    }
    server.enqueue(ok());
    try (TestClient client = builder().clock(new CreepingClock(Duration.ofMillis(10))).maxRetries(3).build()) {
      client.runtime.execute(client.api.get("1"));
    }
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ofSeconds(3));
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  /** A clock that moves on by a step each time it is read. */
  private static final class CreepingClock extends Clock {
    private final java.util.concurrent.atomic.AtomicLong nanos = new java.util.concurrent.atomic.AtomicLong();
    private final long step;

    CreepingClock(Duration step) {
      this.step = step.toNanos();
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return Instant.parse("2026-01-01T00:00:00Z").plusNanos(nanos.addAndGet(step));
    }
  }
}
