package io.okrsdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.internal.auth.BasicAuth;
import io.okrsdk.core.testsupport.RecordingSleeper;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorMappingTest {
  @StartStop final MockWebServer server = new MockWebServer();

  private TestClient client() {
    return TestClient.builder()
        .baseUrl(server.url("/").toString())
        .auth(new BasicAuth("alice", "hunter2"))
        .maxRetries(0)
        .sleeper(new RecordingSleeper())
        .build();
  }

  @ParameterizedTest
  @CsvSource({
    "400, io.okrsdk.core.BadRequestException",
    "401, io.okrsdk.core.UnauthorizedException",
    "402, io.okrsdk.core.PaymentRequiredException",
    "403, io.okrsdk.core.ForbiddenException",
    "404, io.okrsdk.core.NotFoundException",
    "409, io.okrsdk.core.ConflictException",
    "422, io.okrsdk.core.UnprocessableEntityException",
    "423, io.okrsdk.core.LockedException",
    "429, io.okrsdk.core.RateLimitedException",
    "500, io.okrsdk.core.ServerErrorException",
    "503, io.okrsdk.core.ServerErrorException",
    "410, io.okrsdk.core.UnexpectedStatusException"
  })
  void eachStatusHasItsType(int status, Class<?> type) {
    server.enqueue(
        new MockResponse.Builder().code(status).addHeader("X-Request-Id", "req-42").body("{\"error\":\"nope\"}").build());
    try (TestClient client = client()) {
      assertThatThrownBy(() -> client.runtime.execute(client.api.get("580:abc")))
          .isExactlyInstanceOf(type)
          .isInstanceOfSatisfying(
              OkrApiException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(status);
                assertThat(e.method()).isEqualTo("GET");
                assertThat(e.url()).endsWith("/items/580:abc/");
                assertThat(e.requestId()).contains("req-42");
                assertThat(e.errorBody()).isEqualTo("{\"error\":\"nope\"}");
                assertThat(e.getMessage()).contains("HTTP " + status).contains("req-42").contains("nope");
                // The exception keeps the answer's details as one value and reads from it.
                ApiErrorDetails details = e.details();
                assertThat(details.statusCode()).isEqualTo(e.statusCode());
                assertThat(details.url()).isEqualTo(e.url());
                assertThat(details.requestId()).isEqualTo("req-42");
                assertThat(details.attempts()).isEqualTo(e.attempts());
              });
    }
  }

  @Test
  void anExceptionReadsTheDetailsItWasGiven() {
    ApiErrorDetails details =
        new ApiErrorDetails(404, "GET", "https://h/items/1/", "{}", null, Duration.ofSeconds(3)).withAttempts(2);
    OkrApiException e = new NotFoundException(details);

    assertThat(e.details()).isSameAs(details);
    assertThat(e.attempts()).isEqualTo(2);
    assertThat(e.requestId()).isEmpty();
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(3));
  }

  @Test
  void errorBodyIsCappedAndSecretsRedacted() {
    String huge = "{\"password\":\"hunter2\",\"pad\":\"" + "x".repeat(10_000) + "\"}";
    server.enqueue(new MockResponse.Builder().code(400).body(huge).build());
    try (TestClient client = client()) {
      assertThatThrownBy(() -> client.runtime.execute(client.api.get("1")))
          .isInstanceOfSatisfying(
              OkrApiException.class,
              e -> {
                assertThat(e.errorBody()).hasSizeLessThanOrEqualTo(OkrApiException.MAX_BODY_EXCERPT);
                assertThat(e.errorBody()).doesNotContain("hunter2");
                assertThat(e.getMessage()).doesNotContain("hunter2").hasSizeLessThan(1000);
              });
    }
  }

  @Test
  void retryAfterIsExposedOnTheException() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "30").build());
    try (TestClient client = client()) {
      assertThatThrownBy(() -> client.runtime.execute(client.api.get("1")))
          .isInstanceOfSatisfying(RateLimitedException.class, e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(30)));
    }
  }

  @Test
  void malformedJsonIsADecodingError() {
    server.enqueue(new MockResponse.Builder().body("{\"id\": oops}").build());
    try (TestClient client = client()) {
      assertThatThrownBy(() -> client.runtime.execute(client.api.get("1")))
          .isInstanceOf(OkrDecodingException.class)
          .hasMessageContaining("documented shape");
    }
  }

  @Test
  void truncatedJsonIsADecodingError() {
    server.enqueue(new MockResponse.Builder().body("{\"id\":\"1\",\"name\":\"ha").build());
    try (TestClient client = client()) {
      assertThatThrownBy(() -> client.runtime.execute(client.api.get("1"))).isInstanceOf(OkrDecodingException.class);
    }
  }

  @Test
  void wrongTypeNamesTheJsonPathInStrictMode() {
    server.enqueue(new MockResponse.Builder().body("{\"count\":1,\"results\":[{\"id\":\"1\",\"name\":[true]}]}").build());
    try (TestClient client =
        TestClient.builder()
            .baseUrl(server.url("/").toString())
            .auth(new BasicAuth("alice", "hunter2"))
            .maxRetries(0)
            .decodingMode(io.okrsdk.core.json.DecodingMode.STRICT)
            .build()) {
      assertThatThrownBy(() -> client.runtime.execute(client.api.list(10, 0)))
          .isInstanceOfSatisfying(
              OkrDecodingException.class, e -> assertThat(e.jsonPath()).contains("$.results[0].name"));
    }
  }

  @Test
  void missingRequiredFieldIsADecodingError() {
    server.enqueue(new MockResponse.Builder().body("{\"name\":\"no id\"}").build());
    try (TestClient client = client()) {
      assertThatThrownBy(() -> client.runtime.execute(client.api.get("1")))
          .isInstanceOf(OkrDecodingException.class)
          .hasMessageContaining("id");
    }
  }

  @Test
  void deeplyNestedBodyIsADecodingErrorNotAStackOverflow() {
    String deep = "{\"id\":\"1\",\"extra\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
    server.enqueue(new MockResponse.Builder().body(deep).build());
    try (TestClient client = client()) {
      assertThatThrownBy(() -> client.runtime.execute(client.api.get("1"))).isInstanceOf(OkrDecodingException.class);
    }
  }

  @Test
  void bodyCutByTheConnectionIsANetworkError() {
    server.enqueue(
        new MockResponse.Builder()
            .body("{\"id\":\"1\",\"name\":\"" + "x".repeat(100_000) + "\"}")
            .onResponseBody(new SocketEffect.CloseSocket())
            .build());
    try (TestClient client = client()) {
      assertThatThrownBy(() -> client.runtime.execute(client.api.get("1"))).isInstanceOf(OkrNetworkException.class);
    }
  }

  @Test
  void refusedConnectionIsANetworkErrorWithoutSecrets() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    try (TestClient client =
        TestClient.builder()
            .baseUrl("http://127.0.0.1:" + port + "/")
            .auth(new BasicAuth("alice", "hunter2"))
            .maxRetries(0)
            .build()) {
      assertThatThrownBy(() -> client.runtime.execute(client.api.get("1")))
          .isInstanceOfSatisfying(
              OkrNetworkException.class,
              e -> {
                assertThat(e.method()).isEqualTo("GET");
                assertThat(e.getMessage()).doesNotContain("hunter2").doesNotContain("YWxpY2U6aHVudGVyMg");
              });
    }
  }

  @Test
  void readTimeoutIsANetworkError() {
    server.enqueue(new MockResponse.Builder().body("{\"id\":\"1\"}").headersDelay(2, TimeUnit.SECONDS).build());
    try (TestClient client =
        TestClient.builder()
            .baseUrl(server.url("/").toString())
            .auth(new BasicAuth("u", "p"))
            .maxRetries(0)
            .readTimeout(Duration.ofMillis(200))
            .build()) {
      assertThatThrownBy(() -> client.runtime.execute(client.api.get("1")))
          .isInstanceOf(OkrNetworkException.class)
          .hasCauseInstanceOf(java.io.InterruptedIOException.class);
    }
  }
}
