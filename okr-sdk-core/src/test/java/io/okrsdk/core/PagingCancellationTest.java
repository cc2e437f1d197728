package io.okrsdk.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.core.internal.auth.BasicAuth;
import io.okrsdk.core.internal.paging.PageResult;
import io.okrsdk.core.internal.paging.Paging;
import io.okrsdk.core.paging.PagedIterable;
import io.okrsdk.core.paging.PagedIterator;
import io.okrsdk.core.paging.PagingMode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Closing or dropping a prefetching or parallel iterator cancels its HTTP calls in flight: against
 * a server that never answers, the executor's threads are free at once, not after the read timeout
 * (five minutes here, far beyond each test's time bound).
 */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PagingCancellationTest {
  /** Listings as a sequential client with no page cap of its own makes them. */
  private static final Paging PAGING = new Paging(PagingMode.sequential(), 0);

  @StartStop final MockWebServer server = new MockWebServer();

  private final ThreadPoolExecutor executor = (ThreadPoolExecutor) Executors.newFixedThreadPool(3);
  private final List<Call> cancelled = new CopyOnWriteArrayList<>();
  private final OkHttpClient http =
      new OkHttpClient.Builder()
          .eventListener(
              new EventListener() {
                @Override
                public void canceled(Call call) {
                  cancelled.add(call);
                }
              })
          .build();
  private TestClient client;

  @BeforeEach
  void start() {
    client =
      TestClient.builder()
          .baseUrl(server.url("/").toString())
          .auth(new BasicAuth("u", "p"))
          .httpClient(http)
          .readTimeout(Duration.ofMinutes(5))
          .maxRetries(0)
          .build();
  }

  @AfterEach
  void stop() throws InterruptedException {
    client.close();
    executor.shutdownNow();
    assertThat(executor.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    http.connectionPool().evictAll();
  }

  private PagedIterable<TestClient.Item> listing() {
    return PAGING.limitOffset(
        10,
        client.runtime.baseUrl(),
        (limit, offset) -> result(client.runtime.execute(client.api.list(limit, offset))),
        url -> result(client.runtime.execute(client.api.page(url.toString()))));
  }

  private static PageResult<TestClient.Item> result(TestClient.ItemPage page) {
    return PageResult.of(page.results(), page.count(), page.next().orElse(null));
  }

  private void enqueuePage(long count, long offset, int size) {
    String items =
        IntStream.range(0, size)
            .mapToObj(i -> "{\"id\":\"" + (offset + i) + "\"}")
            .collect(Collectors.joining(","));
    String next = server.url("/items/?limit=10&offset=" + (offset + size)).toString();
    server.enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", "application/json")
            .body("{\"count\":" + count + ",\"next\":\"" + next + "\",\"results\":[" + items + "]}")
            .build());
  }

  /** A page request the server reads and never answers. */
  private void enqueueSilence() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
  }

  private void awaitRequests(int count) throws InterruptedException {
    for (int i = 0; i < count; i++) {
      assertThat(server.takeRequest(10, TimeUnit.SECONDS)).isNotNull();
    }
  }

  @Test
  void closingAPrefetchingIteratorCancelsTheRequestInFlight() throws Exception {
    enqueuePage(30, 0, 10);
    enqueueSilence();
    PagedIterator<TestClient.Item> iterator = listing().prefetch(executor).iterator();
    assertThat(iterator.next().id()).isEqualTo("0");
    awaitRequests(2);
    assertThat(executor.getActiveCount()).isEqualTo(1);

    iterator.close();

    waitUntil(() -> executor.getActiveCount() == 0);
    assertThat(cancelled).hasSize(1);
    assertThat(iterator.hasNext()).isFalse();
  }

  @Test
  void closingAParallelIteratorCancelsEveryRequestInFlight() throws Exception {
    enqueuePage(40, 0, 10);
    enqueueSilence();
    enqueueSilence();
    enqueueSilence();
    PagedIterator<TestClient.Item> iterator = listing().parallel(3, executor).iterator();
    assertThat(iterator.next().id()).isEqualTo("0");
    awaitRequests(4);

    iterator.close();

    waitUntil(() -> executor.getActiveCount() == 0);
    assertThat(cancelled).hasSize(3);
  }

  @Test
  void closingTheStreamCancelsTheRequestInFlight() throws Exception {
    enqueuePage(30, 0, 10);
    enqueueSilence();
    try (Stream<TestClient.Item> stream = listing().prefetch(executor).stream()) {
      Optional<TestClient.Item> first = stream.findFirst();
      assertThat(first).map(TestClient.Item::id).hasValue("0");
      awaitRequests(2);
    }

    waitUntil(() -> executor.getActiveCount() == 0);
    assertThat(cancelled).hasSize(1);
  }

  @Test
  void closingASequentialIteratorFromAnotherThreadCancelsTheRequestItWaitsFor() throws Exception {
    enqueuePage(30, 0, 10);
    enqueueSilence();
    PagedIterator<TestClient.Item> iterator = listing().iterator();
    for (int i = 0; i < 10; i++) {
      iterator.next();
    }
    java.util.concurrent.Future<Throwable> waiting =
        executor.submit(() -> org.assertj.core.api.Assertions.catchThrowable(iterator::hasNext));
    awaitRequests(2);

    iterator.close();

    // The waiting caller is released with the SDK's exception for the cancelled call.
    assertThat(waiting.get()).isInstanceOf(OkrException.class);
    assertThat(cancelled).hasSize(1);
    assertThat(iterator.hasNext()).isFalse();
  }

  @Test
  void aPrefetchingIteratorDroppedWithoutClosingIsCancelledOnceCollected() throws Exception {
    enqueuePage(30, 0, 10);
    enqueueSilence();
    startAndDrop(listing().prefetch(executor));
    awaitRequests(2);

    // Only the garbage collector knows the iterator is gone; ask it until it has noticed.
    waitUntil(() -> {
      System.gc();
      return !cancelled.isEmpty();
    });
    waitUntil(() -> executor.getActiveCount() == 0);
    assertThat(cancelled).hasSize(1);
  }

  private static void startAndDrop(PagedIterable<TestClient.Item> listing) {
    for (TestClient.Item item : listing) {
      assertThat(item.id()).isEqualTo("0");
      break;
    }
  }

  @Test
  void aListingAfterACancelledOneWorksNormally() throws Exception {
    enqueuePage(30, 0, 10);
    enqueueSilence();
    try (PagedIterator<TestClient.Item> iterator = listing().prefetch(executor).iterator()) {
      iterator.next();
      awaitRequests(2);
    }
    waitUntil(() -> executor.getActiveCount() == 0);

    enqueuePage(12, 0, 10);
    server.enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", "application/json")
            .body("{\"count\":12,\"next\":null,\"results\":[{\"id\":\"10\"},{\"id\":\"11\"}]}")
            .build());
    assertThat(listing().prefetch(executor).toList()).hasSize(12);
  }

  private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
    // No deadline of its own: the class's @Timeout bounds it, so a slow machine cannot fail it.
    while (!condition.getAsBoolean()) {
      Thread.sleep(10);
    }
  }
}
