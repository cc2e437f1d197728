package io.okrsdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.internal.auth.BasicAuth;
import io.okrsdk.core.json.DecodingMode;
import io.okrsdk.core.testsupport.RecordingSleeper;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link OkrClient#withOptions}: a derived client on the same resources, overriding only its own calls. */
@Timeout(20)
class ClientOptionsTest {
  @StartStop final MockWebServer server = new MockWebServer();
  final RecordingSleeper sleeper = new RecordingSleeper();

  private TestClient client() {
    return TestClient.builder()
        .baseUrl(server.url("/").toString())
        .auth(new BasicAuth("user", "s3cret-pass"))
        .defaultHeader("X-Team", "blue")
        .sleeper(sleeper)
        .build();
  }

  private static MockResponse item(String json) {
    return new MockResponse.Builder().addHeader("Content-Type", "application/json").body(json).build();
  }

  private static MockResponse status(int code) {
    return new MockResponse.Builder().code(code).body("{}").build();
  }

  @Test
  void aDerivedClientSharesTheConnectionPoolDispatcherAndRateLimiter() throws Exception {
    server.enqueue(item("{\"id\":\"1\"}"));
    server.enqueue(item("{\"id\":\"2\"}"));
    server.enqueue(item("{\"id\":\"3\"}"));
    try (TestClient client = client()) {
      TestClient derived = client.withOptions(o -> o.callTimeout(Duration.ofSeconds(9)).maxRetries(0));
      client.runtime.execute(client.api.get("1"));
      derived.runtime.execute(derived.api.get("2"));
      derived.withOptions(o -> o.header("X-Other", "x")).request("GET", "items/3/").execute();

      assertThat(derived.runtime.httpClient().connectionPool()).isSameAs(client.runtime.httpClient().connectionPool());
      assertThat(derived.runtime.httpClient().dispatcher()).isSameAs(client.runtime.httpClient().dispatcher());
      assertThat(derived.runtime.httpClient().interceptors())
          .filteredOn(i -> i instanceof io.okrsdk.core.internal.http.RateLimitInterceptor)
          .hasSize(1)
          .first()
          .isSameAs(
              client.runtime.httpClient().interceptors().stream()
                  .filter(i -> i instanceof io.okrsdk.core.internal.http.RateLimitInterceptor)
                  .findFirst()
                  .orElseThrow());
      assertThat(client.runtime.httpClient().connectionPool().connectionCount()).as("one connection for all three").isEqualTo(1);
    }
    for (int i = 0; i < 3; i++) {
      RecordedRequest request = server.takeRequest();
      assertThat(request.getConnectionIndex()).as("request %d reused the first connection", i).isZero();
    }
  }

  @Test
  void overridesApplyOnlyToCallsThroughTheDerivedClient() throws Exception {
    try (TestClient client = client()) {
      TestClient derived = client.withOptions(o -> o.maxRetries(0).header("X-Trace", "t-1").header("X-Team", "red"));

      server.enqueue(status(503));
      assertThatThrownBy(() -> derived.runtime.execute(derived.api.get("1"))).isInstanceOf(ServerErrorException.class);
      RecordedRequest throughDerived = server.takeRequest();
      assertThat(throughDerived.getHeaders().get("X-Trace")).isEqualTo("t-1");
      assertThat(throughDerived.getHeaders().get("X-Team")).isEqualTo("red");
      assertThat(throughDerived.getHeaders().get("Authorization")).as("credentials as ever").startsWith("Basic ");
      assertThat(server.getRequestCount()).as("maxRetries(0): not retried").isEqualTo(1);

      server.enqueue(status(503));
      server.enqueue(item("{\"id\":\"1\"}"));
      assertThat(client.runtime.execute(client.api.get("1")).id()).isEqualTo("1");
      server.takeRequest();
      RecordedRequest throughOrigin = server.takeRequest();
      assertThat(server.getRequestCount()).as("the origin client still retries").isEqualTo(3);
      assertThat(throughOrigin.getHeaders().get("X-Trace")).isNull();
      assertThat(throughOrigin.getHeaders().get("X-Team")).isEqualTo("blue");
    }
  }

  @Test
  void decodingModeAndCallTimeoutApplyPerDerivedClient() {
    try (TestClient client = client()) {
      TestClient strict = client.withOptions(o -> o.decodingMode(DecodingMode.STRICT));
      server.enqueue(item("{\"id\":\"1\",\"name\":{\"a\":1}}"));
      server.enqueue(item("{\"id\":\"1\",\"name\":{\"a\":1}}"));
      assertThat(client.runtime.execute(client.api.get("1")).name()).isEmpty();
      assertThatThrownBy(() -> strict.runtime.execute(strict.api.get("1"))).isInstanceOf(OkrDecodingException.class);

      TestClient impatient = client.withOptions(o -> o.callTimeout(Duration.ofMillis(300)).maxRetries(0));
      server.enqueue(item("{\"id\":\"1\"}").newBuilder().headersDelay(3, TimeUnit.SECONDS).build());
      assertThatThrownBy(() -> impatient.runtime.execute(impatient.api.get("1"))).isInstanceOf(OkrNetworkException.class);
    }
  }

  @Test
  void closingADerivedClientLeavesItsOriginOpenButNotTheOtherWayRound() {
    server.enqueue(item("{\"id\":\"1\"}"));
    TestClient client = client();
    TestClient derived = client.withOptions(o -> o.maxRetries(1));
    TestClient other = client.withOptions(o -> o.maxRetries(1));
    derived.close();
    assertThatThrownBy(() -> derived.runtime.execute(derived.api.get("1"))).isInstanceOf(IllegalStateException.class);
    assertThat(client.runtime.execute(client.api.get("1")).id()).isEqualTo("1");

    client.close();
    assertThatThrownBy(() -> other.runtime.execute(other.api.get("1"))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> other.request("GET", "items/").execute()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> client.withOptions(o -> o.maxRetries(1))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void invalidOptionsAreRefusedAtOnceWithoutEchoingHeaderValues() {
    try (TestClient client = client()) {
      assertThatThrownBy(() -> client.withOptions(o -> o.maxRetries(-1))).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> client.withOptions(o -> o.callTimeout(Duration.ofSeconds(-1))))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> client.withOptions(o -> o.header("X-Key", "line\nbreak-s3cret")))
          .isInstanceOf(IllegalArgumentException.class)
          .message()
          .doesNotContain("s3cret");
      assertThatThrownBy(() -> client.withOptions(null)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void optionsDescribeThemselvesWithoutHeaderValues() {
    RequestOptions.Builder builder = new RequestOptions.Builder();
    builder.header("X-Api-Key", "s3cret").maxRetries(3);
    assertThat(builder.build().toString()).contains("maxRetries=3", "X-Api-Key").doesNotContain("s3cret");
  }
}
