package io.okrsdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.http.Sleeper;
import io.okrsdk.core.internal.auth.BasicAuth;
import io.okrsdk.core.testsupport.RecordingSleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One deadline per call: the call timeout bounds attempts and the waits between them. */
@Timeout(30)
class CallDeadlineTest {
  @StartStop final MockWebServer server = new MockWebServer();
  final RecordingSleeper sleeper = new RecordingSleeper();

  private TestClient.Builder builder() {
    return TestClient.builder().baseUrl(server.url("/").toString()).auth(new BasicAuth("user", "password-1")).sleeper(sleeper);
  }

  private static MockResponse unavailable(String retryAfter) {
    return new MockResponse.Builder().code(503).addHeader("Retry-After", retryAfter).build();
  }

  @Test
  void aRetryAfterBeyondTheDeadlineIsNotWaitedFor() {
    server.enqueue(unavailable("4"));
    server.enqueue(new MockResponse.Builder().body("{\"id\":\"1\"}").build());
    try (TestClient client = builder().callTimeout(Duration.ofSeconds(1)).build()) {
      assertThatThrownBy(() -> client.runtime.execute(client.api.get("1")))
          .isInstanceOfSatisfying(ServerErrorException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(503);
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.retryAfter()).contains(Duration.ofSeconds(4));
          });
    }
    assertThat(sleeper.waits()).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aWaitWithinTheDeadlineIsTakenAndTheLastErrorTellsTheAttempts() {
    server.enqueue(unavailable("2"));
    server.enqueue(unavailable("9"));
    try (TestClient client = builder().callTimeout(Duration.ofSeconds(5)).build()) {
      assertThatThrownBy(() -> client.runtime.execute(client.api.get("1")))
          .isInstanceOfSatisfying(ServerErrorException.class, e -> {
            assertThat(e.attempts()).isEqualTo(2);
            assertThat(e.getMessage()).contains("after 2 attempts");
          });
    }
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void aBackoffAfterADropBeyondTheDeadlineEndsTheCallWithTheNetworkError() {
    server.enqueue(new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(new MockResponse.Builder().body("{\"id\":\"1\"}").build());
    try (TestClient client =
        builder().callTimeout(Duration.ofMillis(400))
            .retryPolicy(io.okrsdk.core.http.RetryPolicy.DEFAULT.withBackoff(Duration.ofSeconds(2), Duration.ofSeconds(8)))
            .build()) {
      assertThatThrownBy(() -> client.runtime.execute(client.api.get("1")))
          .isInstanceOfSatisfying(OkrNetworkException.class, e -> assertThat(e.attempts()).isEqualTo(1));
    }
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void theDefaultDeadlineIsTwoMinutes() {
    try (TestClient client = builder().build()) {
      assertThat(client.runtime.httpClient().callTimeoutMillis()).isEqualTo(120_000);
    }
  }

  @Test
  void aTricklingBodyIsEndedByTheCallDeadline() {
    // 1 byte every 100 ms never trips the 1 s read timeout; the whole-call deadline ends it.
    server.enqueue(
        new MockResponse.Builder().body("{\"id\":\"" + "x".repeat(200) + "\"}").throttleBody(1, 100, TimeUnit.MILLISECONDS).build());
    long start = System.nanoTime();
    try (TestClient client = builder().readTimeout(Duration.ofSeconds(1)).callTimeout(Duration.ofMillis(700)).build()) {
      assertThatThrownBy(() -> client.runtime.execute(client.api.get("1")))
          .isInstanceOfSatisfying(OkrNetworkException.class, e -> assertThat(e.fate()).isEqualTo(RequestFate.APPLIED_ANSWER_LOST));
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
  }

  @Test
  void cancelledCallsStopWaitingAndFreeTheirDispatcherSlots() throws Exception {
    // OkHttp runs 5 calls per host: five cancelled calls sleeping on a Retry-After must not block a sixth.
    for (int i = 0; i < 5; i++) {
      server.enqueue(unavailable("30"));
    }
    server.enqueue(new MockResponse.Builder().body("{\"id\":\"healthy\"}").build());
    try (TestClient client =
        TestClient.builder().baseUrl(server.url("/").toString()).auth(new BasicAuth("user", "password-1")).sleeper(Sleeper.SYSTEM).build()) {
      List<CompletableFuture<TestClient.Item>> waiting = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        waiting.add(client.runtime.executeAsync(client.api.get("w" + i)));
      }
      for (int i = 0; i < 5; i++) {
        server.takeRequest(5, TimeUnit.SECONDS);
      }
      Thread.sleep(100); // let them reach their waits
      waiting.forEach(f -> f.cancel(true));
      long start = System.nanoTime();
      TestClient.Item item = client.runtime.executeAsync(client.api.get("h")).get(10, TimeUnit.SECONDS);
      assertThat(item.id()).isEqualTo("healthy");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
      // The cancelled calls leave their waits within a slice; allow a loaded machine a moment.
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (client.runtime.httpClient().dispatcher().runningCallsCount() > 0 && System.nanoTime() < until) {
        Thread.sleep(10);
      }
      assertThat(client.runtime.httpClient().dispatcher().runningCallsCount()).isZero();
      assertThat(server.getRequestCount()).as("no cancelled call was retried").isEqualTo(6);
    }
  }

  @Test
  void interruptingTheCallerEndsTheWaitAtOnce() throws Exception {
    server.enqueue(unavailable("30"));
    try (TestClient client =
        TestClient.builder().baseUrl(server.url("/").toString()).auth(new BasicAuth("user", "password-1")).sleeper(Sleeper.SYSTEM).build()) {
      AtomicReference<Throwable> failure = new AtomicReference<>();
      CountDownLatch done = new CountDownLatch(1);
      Thread caller = new Thread(() -> {
        try {
          client.runtime.execute(client.api.get("1"));
        } catch (RuntimeException e) {
          failure.set(e);
        } finally {
          done.countDown();
        }
      });
      caller.start();
      server.takeRequest(5, TimeUnit.SECONDS);
      Thread.sleep(100);
      caller.interrupt();
      assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(failure.get()).isInstanceOf(OkrNetworkException.class);
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }
}
