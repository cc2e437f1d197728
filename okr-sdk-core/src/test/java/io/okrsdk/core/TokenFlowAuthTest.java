package io.okrsdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.internal.auth.TokenFlowAuth;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Core's token flow and its interceptor, with an exchange function standing in for a platform's. */
@Timeout(10)
class TokenFlowAuthTest {
  @StartStop final MockWebServer server = new MockWebServer();
  @StartStop final MockWebServer elsewhere = new MockWebServer();

  private final AtomicInteger exchanges = new AtomicInteger();

  private TokenFlowAuth auth() {
    return new TokenFlowAuth("Authorization", "Token", "TokenFlowAuth{username=u, password=REDACTED}", Set.of("pass-7731"));
  }

  private TestClient client(TokenFlowAuth auth) {
    TestClient client = TestClient.builder().baseUrl(server.url("/").toString()).auth(auth).maxRetries(0).build();
    auth.bind(() -> "t-" + exchanges.incrementAndGet());
    return client;
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
  }

  @Test
  void aWriteRefused401IsSentAgainOnceWithTheNewTokenAndTheSameBody() throws Exception {
    server.enqueue(json(401, "{\"detail\":\"Invalid token.\"}"));
    server.enqueue(json(201, "{\"id\":\"1\",\"name\":\"made\"}"));
    try (TestClient client = client(auth())) {
      TestClient.Item made = client.runtime.execute(client.api.create(ImmutableItem.builder().id("1").name("made").build()));
      assertThat(made.name()).contains("made");
    }
    RecordedRequest first = server.takeRequest();
    RecordedRequest second = server.takeRequest();
    assertThat(first.getHeaders().get("Authorization")).isEqualTo("Token t-1");
    assertThat(second.getHeaders().get("Authorization")).isEqualTo("Token t-2");
    assertThat(second.getBody().utf8()).isEqualTo(first.getBody().utf8()).contains("made");
    assertThat(exchanges.get()).isEqualTo(2);
  }

  @Test
  void aRequestForAnotherOriginNeitherTriggersAnExchangeNorCarriesAToken() throws Exception {
    elsewhere.enqueue(json(200, "{\"count\":0,\"results\":[]}"));
    try (TestClient client = client(auth())) {
      client.runtime.execute(client.api.page(elsewhere.url("/items/?offset=5").toString()));
    }
    assertThat(elsewhere.takeRequest().getHeaders().get("Authorization")).isNull();
    assertThat(exchanges.get()).isZero();
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aFailedExchangeReachesSyncAndAsyncCallersAsItself() throws Exception {
    TokenFlowAuth auth = auth();
    OkrException refused = new OkrException("refused: check tokenCredentials(username, password)");
    try (TestClient client = TestClient.builder().baseUrl(server.url("/").toString()).auth(auth).build()) {
      auth.bind(() -> {
        exchanges.incrementAndGet();
        throw refused;
      });
      assertThatThrownBy(() -> client.runtime.execute(client.api.get("1"))).isSameAs(refused);
      CompletableFuture<TestClient.Item> async = client.runtime.executeAsync(client.api.get("1"));
      assertThatThrownBy(() -> async.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class).hasCause(refused);
    }
    assertThat(server.getRequestCount()).isZero();
    assertThat(exchanges.get()).as("a failed exchange caches nothing, nor is it retried").isEqualTo(2);
  }

  @Test
  void aTokenThatCannotBeSentIsRefusedWithoutQuotingIt() {
    TokenFlowAuth auth = auth();
    try (TestClient client = TestClient.builder().baseUrl(server.url("/").toString()).auth(auth).build()) {
      auth.bind(() -> "secret-token\r\nX-Injected: 1");
      assertThatThrownBy(() -> client.runtime.execute(client.api.get("1")))
          .isInstanceOf(OkrException.class)
          .hasMessageContaining("token")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret-token"));
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void nothingIsCachedBeforeTheFirstCallAndTheDescriptionHoldsNoSecret() {
    TokenFlowAuth auth = auth();
    assertThat(auth.headers()).isEmpty();
    assertThat(auth.secrets()).containsExactly("pass-7731");
    assertThat(auth.toString()).doesNotContain("pass-7731");
    auth.bind(() -> "t");
    assertThat(auth.current()).isEqualTo(Map.of("Authorization", "Token t"));
    assertThat(auth.headers()).isEqualTo(Map.of("Authorization", "Token t"));
    auth.refused(Map.of("Authorization", "Token older"));
    assertThat(auth.headers()).as("a refusal of older headers keeps the newer ones").isNotEmpty();
    auth.refused(Map.of("Authorization", "Token t"));
    assertThat(auth.headers()).isEmpty();
    assertThatThrownBy(() -> auth.bind(() -> "other")).isInstanceOf(IllegalStateException.class);
  }
}
