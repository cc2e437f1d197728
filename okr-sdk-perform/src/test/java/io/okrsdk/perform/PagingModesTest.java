package io.okrsdk.perform;

import static io.okrsdk.perform.TestServers.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.core.OkrException;
import io.okrsdk.core.ServerErrorException;
import io.okrsdk.core.paging.PagedIterator;
import io.okrsdk.core.paging.PagingMode;
import io.okrsdk.core.testsupport.RecordingSleeper;
import io.okrsdk.perform.model.Goal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Goal listings in each paging mode against a server of 308 goals: a page that fails once is
 * fetched again when the caller goes on, and closing an iterator cancels its requests in flight.
 */
@Timeout(30)
class PagingModesTest {
  private static final int TOTAL = 308;

  @StartStop final MockWebServer server = new MockWebServer();

  private final ThreadPoolExecutor executor = (ThreadPoolExecutor) Executors.newFixedThreadPool(3);
  private final Map<Long, AtomicInteger> requestsByOffset = new ConcurrentHashMap<>();
  private final List<Call> cancelled = new CopyOnWriteArrayList<>();

  @AfterEach
  void stop() throws InterruptedException {
    executor.shutdownNow();
    assertThat(executor.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
  }

  static Stream<Arguments> modes() {
    return Stream.of(Arguments.of("sequential"), Arguments.of("prefetch"), Arguments.of("parallel(3)"));
  }

  private PagingMode mode(String name) {
    switch (name) {
      case "prefetch":
        return PagingMode.prefetch(executor);
      case "parallel(3)":
        return PagingMode.parallel(3, executor);
      default:
        return PagingMode.sequential();
    }
  }

  /** Serves 308 goals by limit and offset with Django's next links; {@code failing} answers 500 once. */
  private void serveGoals(long failing) {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            HttpUrl url = request.getUrl();
            int limit = Integer.parseInt(url.queryParameter("limit"));
            long offset = Long.parseLong(url.queryParameter("offset"));
            int attempt = requestsByOffset.computeIfAbsent(offset, o -> new AtomicInteger()).incrementAndGet();
            if (offset == failing && attempt == 1) {
              return TestServers.status(500, "{\"detail\":\"try again\"}");
            }
            String results =
                IntStream.range((int) offset, (int) Math.min(TOTAL, offset + limit))
                    .mapToObj(i -> "{\"api_id\":\"580:" + i + "\"}")
                    .collect(Collectors.joining(","));
            String next =
                offset + limit < TOTAL
                    ? "\"" + url.newBuilder().setQueryParameter("offset", String.valueOf(offset + limit)) + "\""
                    : "null";
            return json("{\"count\":" + TOTAL + ",\"next\":" + next + ",\"previous\":null,\"results\":[" + results + "]}");
          }
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modes")
  void aFailedPageIsFetchedAgainAndEveryGoalArrivesOnce(String mode) {
    serveGoals(100);
    List<String> ids = new ArrayList<>();
    List<OkrException> failures = new ArrayList<>();
    try (PerformClient client = TestServers.builder(server, new RecordingSleeper()).maxRetries(0).paging(mode(mode)).build();
        PagedIterator<Goal> goals = client.goals().list(10).iterator()) {
      while (failures.size() < 5) {
        try {
          if (!goals.hasNext()) {
            break;
          }
          ids.add(goals.next().apiId());
        } catch (OkrException e) {
          failures.add(e);
        }
      }
    }

    assertThat(failures).singleElement().isInstanceOf(ServerErrorException.class);
    assertThat(ids).isEqualTo(IntStream.range(0, TOTAL).mapToObj(i -> "580:" + i).collect(Collectors.toList()));
    assertThat(requestsByOffset.get(100L)).hasValue(2);
  }

  @Test
  void closingAParallelIteratorCancelsItsRequestsAndFreesTheThreads() throws Exception {
    server.enqueue(json("{\"count\":40,\"next\":\"" + server.url("/api/v2/goals/?limit=10&offset=10")
        + "\",\"previous\":null,\"results\":[" + IntStream.range(0, 10).mapToObj(i -> "{\"api_id\":\"580:" + i + "\"}")
            .collect(Collectors.joining(",")) + "]}"));
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    }
    OkHttpClient http =
        new OkHttpClient.Builder()
            .eventListener(
                new EventListener() {
                  @Override
                  public void canceled(Call call) {
                    cancelled.add(call);
                  }
                })
            .build();
    try (PerformClient client =
        TestServers.builder(server, new RecordingSleeper())
            .httpClient(http)
            .readTimeout(Duration.ofMinutes(5))
            .paging(PagingMode.parallel(3, executor))
            .build()) {
      PagedIterator<Goal> goals = client.goals().list(10).iterator();
      assertThat(goals.next().apiId()).isEqualTo("580:0");
      for (int i = 0; i < 4; i++) {
        assertThat(server.takeRequest(10, TimeUnit.SECONDS)).isNotNull();
      }

      goals.close();

      // Bounded by @Timeout only: uncancelled, the threads would wait five minutes.
      while (executor.getActiveCount() > 0) {
        Thread.sleep(10);
      }
      assertThat(cancelled).hasSize(3);
    } finally {
      http.connectionPool().evictAll();
    }
  }
}
