package io.okrsdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.http.RetryPolicy;
import io.okrsdk.core.internal.auth.BasicAuth;
import io.okrsdk.core.internal.http.RetryAfter;
import io.okrsdk.core.testsupport.RecordingSleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class RetryTest {
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  @StartStop final MockWebServer server = new MockWebServer();
  final RecordingSleeper sleeper = new RecordingSleeper();

  private TestClient.Builder builder() {
    return TestClient.builder()
        .baseUrl(server.url("/").toString())
        .auth(new BasicAuth("u", "p"))
        .sleeper(sleeper)
        .clock(Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private static MockResponse status(int code) {
    return new MockResponse.Builder().code(code).build();
  }

  private static MockResponse ok() {
    return new MockResponse.Builder().body("{\"id\":\"1\"}").build();
  }

  @Test
  void getIsRetriedOnEachRetryableStatusWithBackoff() {
    server.enqueue(status(503));
    server.enqueue(status(502));
    server.enqueue(ok());
    try (TestClient client = builder().build()) {
      assertThat(client.runtime.execute(client.api.get("1")).id()).isEqualTo("1");
    }
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeper.waits()).hasSize(2);
    // Equal jitter: the first wait is within [250, 500] ms, the second within [500, 1000] ms.
    assertThat(sleeper.waits().get(0)).isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
    assertThat(sleeper.waits().get(1)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
  }

  @Test
  void retryAfterInSecondsReplacesTheBackoff() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "7").build());
    server.enqueue(ok());
    try (TestClient client = builder().build()) {
      client.runtime.execute(client.api.get("1"));
    }
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void retryAfterAsHttpDateIsMeasuredAgainstTheClock() {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "Thu, 01 Jan 2026 00:00:12 GMT").build());
    server.enqueue(ok());
    try (TestClient client = builder().build()) {
      client.runtime.execute(client.api.get("1"));
    }
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(12));
  }

  @Test
  void retryAfterBeyondTheCapIsGivenToTheCaller() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "3600").build());
    try (TestClient client = builder().build()) {
      assertThatThrownBy(() -> client.runtime.execute(client.api.get("1")))
          .isInstanceOfSatisfying(
              RateLimitedException.class, e -> assertThat(e.retryAfter()).contains(Duration.ofHours(1)));
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void budgetSpentSurfacesTheLastError() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(status(503));
    }
    try (TestClient client = builder().build()) {
      assertThatThrownBy(() -> client.runtime.execute(client.api.get("1")))
          .isInstanceOfSatisfying(ServerErrorException.class, e -> assertThat(e.statusCode()).isEqualTo(503));
    }
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void maxRetriesZeroTurnsRetryingOff() {
    server.enqueue(status(503));
    try (TestClient client = builder().maxRetries(0).build()) {
      assertThatThrownBy(() -> client.runtime.execute(client.api.get("1"))).isInstanceOf(ServerErrorException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void getIsRetriedAfterADroppedConnection() {
    server.enqueue(new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(ok());
    try (TestClient client = builder().build()) {
      assertThat(client.runtime.execute(client.api.get("1")).id()).isEqualTo("1");
    }
  }

  @Test
  void getIsRetriedWhenTheBodyBreaksOff() {
    server.enqueue(
        new MockResponse.Builder()
            .body("{\"id\":\"1\",\"name\":\"" + "x".repeat(100_000) + "\"}")
            .onResponseBody(new SocketEffect.CloseSocket())
            .build());
    server.enqueue(ok());
    try (TestClient client = builder().build()) {
      assertThat(client.runtime.execute(client.api.get("1")).id()).isEqualTo("1");
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeper.waits()).hasSize(1);
  }

  @Test
  void putAndDeleteAreRetriedToo() {
    server.enqueue(status(504));
    server.enqueue(ok());
    server.enqueue(status(408));
    server.enqueue(new MockResponse.Builder().code(204).build());
    try (TestClient client = builder().build()) {
      client.runtime.execute(client.api.put("1", ImmutableItem.builder().id("1").build()));
      client.runtime.execute(client.api.delete("1"));
    }
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void postIsNeverResentAfterA503() {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "1").build());
    server.enqueue(ok());
    try (TestClient client = builder().build()) {
      assertThatThrownBy(() -> client.runtime.execute(client.api.create(ImmutableItem.builder().id("1").build())))
          .isInstanceOf(ServerErrorException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void postIsNeverResentAfterTheConnectionDropsOnceSent() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(ok());
    try (TestClient client = builder().build()) {
      assertThatThrownBy(() -> client.runtime.execute(client.api.create(ImmutableItem.builder().id("1").build())))
          .isInstanceOf(OkrNetworkException.class)
          .hasMessageContaining("POST");
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void patchIsNeverResentAfterA429() {
    server.enqueue(status(429));
    server.enqueue(ok());
    try (TestClient client = builder().build()) {
      assertThatThrownBy(() -> client.runtime.execute(client.api.patch("1", ImmutableItem.builder().id("1").build())))
          .isInstanceOf(RateLimitedException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void retryAfterParsesBothFormsAndIgnoresGarbage() {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    assertThat(RetryAfter.parse("120", clock)).isEqualTo(Duration.ofMinutes(2));
    assertThat(RetryAfter.parse("Thu, 01 Jan 2026 00:01:00 GMT", clock)).isEqualTo(Duration.ofMinutes(1));
    assertThat(RetryAfter.parse("Wed, 31 Dec 2025 23:00:00 GMT", clock)).isEqualTo(Duration.ZERO);
    assertThat(RetryAfter.parse("soon", clock)).isNull();
    assertThat(RetryAfter.parse(null, clock)).isNull();
    assertThat(RetryAfter.parse("99999999999999999999999", clock)).isPositive();
  }

  @Test
  void backoffGrowsAndIsCapped() {
    RetryPolicy policy = RetryPolicy.DEFAULT;
    assertThat(policy.backoff(0, 0.0)).isEqualTo(Duration.ofMillis(250));
    assertThat(policy.backoff(0, 0.999)).isLessThanOrEqualTo(Duration.ofMillis(500));
    assertThat(policy.backoff(3, 0.0)).isEqualTo(Duration.ofMillis(2000));
    assertThat(policy.backoff(40, 0.999)).isLessThanOrEqualTo(Duration.ofSeconds(8));
  }
}
