package io.okrsdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.internal.auth.BasicAuth;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class AsyncCallTest {
  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void completesOnTheConfiguredExecutor() throws Exception {
    ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "caller-pool"));
    AtomicReference<String> thread = new AtomicReference<>();
    try (TestClient client =
        TestClient.builder().baseUrl(server.url("/").toString()).auth(new BasicAuth("u", "p")).asyncExecutor(executor).build()) {
      CompletableFuture<TestClient.Item> future = client.runtime.executeAsync(client.api.get("7"));
      CompletableFuture<String> dependent = future.thenApply(item -> {
        thread.set(Thread.currentThread().getName());
        return item.id();
      });
      // The answer is queued only now, so the dependent stage is attached before the future
      // completes and runs where the SDK completes it (attached later, it would run on this thread).
      server.enqueue(new MockResponse.Builder().body("{\"id\":\"7\"}").build());
      String id = dependent.get(5, TimeUnit.SECONDS);
      assertThat(id).isEqualTo("7");
    } finally {
      executor.shutdown();
    }
    assertThat(thread.get()).isEqualTo("caller-pool");
  }

  @Test
  void failuresUseTheSameMapping() {
    server.enqueue(new MockResponse.Builder().code(404).build());
    server.enqueue(new MockResponse.Builder().body("not json").build());
    try (TestClient client =
        TestClient.builder().baseUrl(server.url("/").toString()).auth(new BasicAuth("u", "p")).build()) {
      assertThatThrownBy(() -> client.runtime.executeAsync(client.api.get("1")).get(5, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> client.runtime.executeAsync(client.api.get("1")).get(5, TimeUnit.SECONDS))
          .hasCauseInstanceOf(OkrDecodingException.class);
    }
  }

  @Test
  void cancellingAMappedFutureCancelsTheCall() throws Exception {
    server.enqueue(new MockResponse.Builder().body("{\"id\":\"1\"}").headersDelay(5, TimeUnit.SECONDS).build());
    try (TestClient client =
        TestClient.builder().baseUrl(server.url("/").toString()).auth(new BasicAuth("u", "p")).build()) {
      retrofit2.Call<TestClient.Item> call = client.api.get("1");
      CompletableFuture<String> future = client.runtime.executeAsync(call, TestClient.Item::id);
      server.takeRequest(5, TimeUnit.SECONDS);
      future.cancel(true);
      assertThat(call.isCanceled()).isTrue();
    }
  }

  @Test
  void mappedFailuresAreTheSdkExceptionNotAWrapper() throws Exception {
    server.enqueue(new MockResponse.Builder().code(404).build());
    try (TestClient client =
        TestClient.builder().baseUrl(server.url("/").toString()).auth(new BasicAuth("u", "p")).build()) {
      AtomicReference<Throwable> seen = new AtomicReference<>();
      CompletableFuture<String> future = client.runtime.executeAsync(client.api.get("1"), TestClient.Item::id);
      future.whenComplete((value, failure) -> seen.set(failure));
      assertThatThrownBy(() -> future.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(NotFoundException.class);
      assertThat(seen.get()).isInstanceOf(NotFoundException.class);
    }
  }

  @Test
  void a204WhereABodyIsPromisedIsADecodingErrorButFineForVoid() throws Exception {
    server.enqueue(new MockResponse.Builder().code(204).build());
    server.enqueue(new MockResponse.Builder().code(204).build());
    server.enqueue(new MockResponse.Builder().code(204).build());
    try (TestClient client =
        TestClient.builder().baseUrl(server.url("/").toString()).auth(new BasicAuth("u", "p")).build()) {
      assertThatThrownBy(() -> client.runtime.execute(client.api.get("1")))
          .isInstanceOf(OkrDecodingException.class)
          .hasMessageContaining("204");
      assertThatThrownBy(() -> client.runtime.executeAsync(client.api.get("1")).get(5, TimeUnit.SECONDS))
          .hasCauseInstanceOf(OkrDecodingException.class);
      assertThat(client.runtime.execute(client.api.delete("1"))).isNull();
    }
  }

  @Test
  void aNullDocumentIsADecodingError() {
    server.enqueue(new MockResponse.Builder().body("null").build());
    try (TestClient client =
        TestClient.builder().baseUrl(server.url("/").toString()).auth(new BasicAuth("u", "p")).build()) {
      assertThatThrownBy(() -> client.runtime.execute(client.api.get("1"))).isInstanceOf(OkrDecodingException.class);
    }
  }

  @Test
  void cancellingTheFutureCancelsTheCall() throws Exception {
    server.enqueue(new MockResponse.Builder().body("{\"id\":\"1\"}").headersDelay(5, TimeUnit.SECONDS).build());
    try (TestClient client =
        TestClient.builder().baseUrl(server.url("/").toString()).auth(new BasicAuth("u", "p")).build()) {
      retrofit2.Call<TestClient.Item> call = client.api.get("1");
      CompletableFuture<TestClient.Item> future = client.runtime.executeAsync(call);
      server.takeRequest(5, TimeUnit.SECONDS);
      future.cancel(true);
      assertThat(call.isCanceled()).isTrue();
    }
  }
}
