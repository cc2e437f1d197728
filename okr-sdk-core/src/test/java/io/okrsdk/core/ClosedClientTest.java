package io.okrsdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.internal.auth.BasicAuth;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** After close(), every call fails at once and nothing re-opens connections or threads. */
@Timeout(30)
class ClosedClientTest {
  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void everyKindOfCallFailsAtOnceAfterClose() {
    server.enqueue(new MockResponse.Builder().body("{\"id\":\"1\"}").build());
    TestClient client = TestClient.builder().baseUrl(server.url("/").toString()).auth(new BasicAuth("u", "p")).build();
    client.runtime.execute(client.api.get("1"));
    client.close();
    client.close(); // idempotent
    assertThat(client.runtime.isClosed()).isTrue();
    assertThatThrownBy(() -> client.runtime.execute(client.api.get("1")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("TestClient is closed");
    assertThatThrownBy(() -> client.runtime.executeAsync(client.api.get("1")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    assertThatThrownBy(() -> client.runtime.executeAsync(client.api.get("1"), TestClient.Item::id))
        .isInstanceOf(IllegalStateException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aClosedClientOnTheCallersOkHttpClientSendsNothingAndLeavesThePoolEmpty() throws Exception {
    OkHttpClient shared = new OkHttpClient();
    try {
      TestClient client = TestClient.builder().baseUrl(server.url("/").toString()).auth(new BasicAuth("u", "p")).httpClient(shared).build();
      client.close();
      assertThatThrownBy(() -> client.runtime.execute(client.api.get("1"))).isInstanceOf(IllegalStateException.class);
      // Even a call made on the Retrofit interface directly is refused before it connects.
      assertThatThrownBy(() -> client.api.get("1").execute()).hasMessageContaining("closed");
      CompletableFuture<Void> viaEnqueue = new CompletableFuture<>();
      client.api.get("1").enqueue(new retrofit2.Callback<TestClient.Item>() {
        @Override
        public void onResponse(retrofit2.Call<TestClient.Item> call, retrofit2.Response<TestClient.Item> response) {
          viaEnqueue.complete(null);
        }

        @Override
        public void onFailure(retrofit2.Call<TestClient.Item> call, Throwable t) {
          viaEnqueue.completeExceptionally(t);
        }
      });
      assertThatThrownBy(() -> viaEnqueue.get(5, TimeUnit.SECONDS)).hasMessageContaining("closed");
      assertThat(server.getRequestCount()).isZero();
      assertThat(shared.connectionPool().connectionCount()).isZero();
    } finally {
      shared.dispatcher().executorService().shutdown();
    }
  }
}
