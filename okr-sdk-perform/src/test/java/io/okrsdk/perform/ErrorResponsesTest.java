package io.okrsdk.perform;

import static io.okrsdk.perform.TestServers.json;
import static io.okrsdk.perform.TestServers.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.NotFoundException;
import io.okrsdk.core.OkrApiException;
import io.okrsdk.core.RateLimitedException;
import io.okrsdk.core.UnauthorizedException;
import io.okrsdk.core.testsupport.RecordingSleeper;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Error statuses, the retry budget and ids refused before any request. */
class ErrorResponsesTest {
  @StartStop final MockWebServer server = new MockWebServer();
  final RecordingSleeper sleeper = new RecordingSleeper();

  private static MockResponse tooManyRequests(String retryAfter) {
    return new MockResponse.Builder()
        .code(429)
        .addHeader("Retry-After", retryAfter)
        .body("{\"detail\":\"Request was throttled.\"}")
        .build();
  }

  @Test
  void unauthorizedIsAnUnauthorizedExceptionWithoutTheKey() {
    server.enqueue(status(401, "{\"detail\":\"Invalid username/password.\"}"));
    try (PerformClient client = TestServers.builder(server, sleeper).build()) {
      assertThatThrownBy(() -> client.goals().list().toList())
          .isInstanceOfSatisfying(
              UnauthorizedException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(401);
                assertThat(e.method()).isEqualTo("GET");
                assertThat(e.errorBody()).contains("Invalid username/password.");
                assertThat(e.getMessage()).doesNotContain(TestServers.API_KEY).doesNotContain("YXBpLXVzZXI6");
              });
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void notFoundIsANotFoundException() {
    server.enqueue(status(404, "{\"detail\":\"Not found.\"}"));
    server.enqueue(status(404, "{\"detail\":\"Not found.\"}"));
    try (PerformClient client = TestServers.builder(server, sleeper).build()) {
      assertThatThrownBy(() -> client.goals().get("580:missing"))
          .isInstanceOfSatisfying(
              NotFoundException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(404);
                assertThat(e.url()).contains("/api/v2/goals/580%3Amissing/");
              });
      assertThatThrownBy(() -> client.checkins().get("580:missing")).isInstanceOf(NotFoundException.class);
    }
  }

  @Test
  void asyncFailuresCompleteTheFutureWithTheSameException() {
    server.enqueue(status(404, "{\"detail\":\"Not found.\"}"));
    try (PerformClient client = TestServers.builder(server, sleeper).build()) {
      CompletableFuture<?> future = client.checkins().getAsync("580:missing");
      assertThatThrownBy(future::get).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(NotFoundException.class);
    }
  }

  @Test
  void rateLimitingIsRetriedWithinTheBudgetThenReportedWithRetryAfter() {
    server.enqueue(tooManyRequests("3"));
    server.enqueue(tooManyRequests("3"));
    server.enqueue(tooManyRequests("3"));
    server.enqueue(json("{\"api_id\":\"never\"}"));
    try (PerformClient client = TestServers.builder(server, sleeper).maxRetries(2).build()) {
      assertThatThrownBy(() -> client.goals().get("580:1"))
          .isInstanceOfSatisfying(
              RateLimitedException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(429);
                assertThat(e.retryAfter()).contains(Duration.ofSeconds(3));
              });
    }
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));
  }

  @Test
  void rateLimitingWithoutRetriesFailsAtOnce() {
    server.enqueue(tooManyRequests("120"));
    try (PerformClient client = TestServers.builder(server, sleeper).maxRetries(0).build()) {
      assertThatThrownBy(() -> client.checkins().list().toList())
          .isInstanceOfSatisfying(
              RateLimitedException.class, e -> assertThat(e.retryAfter()).contains(Duration.ofMinutes(2)));
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void aRetriedRequestThatSucceedsReturnsTheBody() throws Exception {
    server.enqueue(tooManyRequests("1"));
    server.enqueue(json("{\"api_id\":\"580:1\",\"title\":\"ok\"}"));
    try (PerformClient client = TestServers.builder(server, sleeper).build()) {
      assertThat(client.goals().get("580:1").title()).contains("ok");
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1));
    // Both attempts carry the credentials and the same path.
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo(TestServers.BASIC_AUTH);
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v2/goals/580%3A1/");
  }

  @Test
  void nullAndBlankIdsAreRefusedBeforeAnyRequest() {
    try (PerformClient client = TestServers.builder(server, sleeper).build()) {
      for (String id : new String[] {null, "", "   ", ".", ".."}) {
        assertThatThrownBy(() -> client.goals().get(id)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.goals().getAsync(id)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.checkins().get(id)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.checkins().getAsync(id)).isInstanceOf(IllegalArgumentException.class);
      }
      assertThatThrownBy(() -> client.goals().get(null)).hasMessageContaining("apiId");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void otherStatusesKeepTheirStatusCode() {
    server.enqueue(status(403, "{\"detail\":\"You do not have permission to perform this action.\"}"));
    try (PerformClient client = TestServers.builder(server, sleeper).build()) {
      assertThatThrownBy(() -> client.goals().get("580:1"))
          .isInstanceOfSatisfying(OkrApiException.class, e -> assertThat(e.statusCode()).isEqualTo(403));
    }
  }
}
