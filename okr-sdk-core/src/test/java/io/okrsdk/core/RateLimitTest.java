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
 * budget. The clock stands still and the sleeper only records, so the schedule is exact.
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
    // but takes the next slot, so the async call and the last sync call wait 200 and 300 ms.
    assertThat(sleeper.waits()).filteredOn(wait -> !wait.isZero())
        .containsExactly(Duration.ofMillis(200), Duration.ofMillis(300));
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
    // its Retry-After and takes the saved token; the next calls get a slot 100 ms apart.
    assertThat(sleeper.waits()).containsExactly(
        Duration.ofSeconds(1), Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(300));
  }
}
