package io.okrsdk.testing.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.core.OkrApiException;
import io.okrsdk.core.OkrNetworkException;
import io.okrsdk.core.RequestFate;
import io.okrsdk.gtmhub.GtmhubClient;
import io.okrsdk.gtmhub.model.Goal;
import io.okrsdk.gtmhub.model.GoalPatch;
import io.okrsdk.gtmhub.model.GoalRequest;
import io.okrsdk.gtmhub.query.ListQuery;
import io.okrsdk.testing.FakeGtmhubServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The load test of {@link SharedClientLoadTest} (32 threads × 1,000 mixed calls on one Gtmhub
 * client) with faults injected while it runs: every 25th call of each thread queues either a 503
 * (with {@code Retry-After: 0}) or a connection dropped after the request was read, for whichever
 * request comes next (1,280 faults in 32,000 calls). The fake applies nothing for a faulted
 * request, so afterwards it must hold exactly the goals whose create succeeded (no write repeated),
 * each with its last successful PATCH; every failure is an SDK exception, and every write that
 * failed without an answer says it may have been applied.
 */
class FaultMixLoadTest {
  private static final int THREADS = 32;
  private static final int CALLS_PER_THREAD = 1_000;

  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void thirtyTwoThreadsWithAFaultMixNeverRepeatAWriteAndTellEveryFailure() throws Exception {
    OkHttpClient http = new OkHttpClient.Builder().build();
    FakeGtmhubServer fake = new FakeGtmhubServer();
    fake.start();
    ExecutorService workers = Executors.newFixedThreadPool(THREADS);
    Map<String, String> lastPatchedName = new ConcurrentHashMap<>();
    Set<String> createdIds = ConcurrentHashMap.newKeySet();
    AtomicInteger ok = new AtomicInteger();
    AtomicInteger apiErrors = new AtomicInteger();
    AtomicInteger readNetworkErrors = new AtomicInteger();
    AtomicInteger writesMaybeApplied = new AtomicInteger();
    List<Throwable> unexpected = new ArrayList<>();
    try (GtmhubClient client = fake.clientBuilder().httpClient(http).sleeper(wait -> { }).build()) {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<?>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        results.add(workers.submit(() -> {
          go.await();
          List<String> mine = new ArrayList<>();
          for (int i = 0; i < CALLS_PER_THREAD; i++) {
            if (i % 25 == 0) {
              if ((i / 25 + thread) % 2 == 0) {
                fake.faults().failNext(1, 503, Duration.ZERO);
              } else {
                fake.faults().dropNext(1);
              }
            }
            int kind = i % 5;
            boolean write = kind >= 3 && (kind == 3 || !mine.isEmpty());
            try {
              if (kind == 3) {
                String name = "load " + thread + "-" + i;
                Goal created = client.goals().create(
                    GoalRequest.builder().name(name).sessionId(FakeGtmhubServer.CURRENT_SESSION_ID).build());
                assertThat(createdIds.add(created.id())).as("a fresh id").isTrue();
                mine.add(created.id());
              } else if (kind == 4 && !mine.isEmpty()) {
                String target = mine.get(mine.size() - 1);
                String patched = "patched " + thread + "-" + i;
                client.goals().update(target, GoalPatch.builder().name(patched).build());
                lastPatchedName.put(target, patched);
              } else if (kind == 2) {
                client.goals().listPage(ListQuery.all(), i % 7, 10);
              } else {
                client.goals().get(mine.isEmpty() ? FakeGtmhubServer.SEEDED_DRAFT_GOAL_ID : mine.get(i % mine.size()));
              }
              ok.incrementAndGet();
            } catch (OkrApiException e) {
              apiErrors.incrementAndGet();
            } catch (OkrNetworkException e) {
              if (write) {
                if (e.fate() == RequestFate.MAY_HAVE_BEEN_APPLIED) {
                  writesMaybeApplied.incrementAndGet();
                } else {
                  synchronized (unexpected) {
                    unexpected.add(e);
                  }
                }
              } else {
                readNetworkErrors.incrementAndGet();
              }
            } catch (RuntimeException e) {
              synchronized (unexpected) {
                unexpected.add(e);
              }
            }
          }
          return null;
        }));
      }
      long start = System.nanoTime();
      go.countDown();
      for (Future<?> result : results) {
        result.get();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      int total = THREADS * CALLS_PER_THREAD;
      System.out.printf(
          "fault mix: %d calls in %.2f s = %.0f calls/s; %d ok, %d API errors (503 to writes or after the budget), "
              + "%d reads failed without answer, %d writes may have been applied; %d requests reached the fake%n",
          total, seconds, total / seconds, ok.get(), apiErrors.get(), readNetworkErrors.get(), writesMaybeApplied.get(),
          fake.requestCount());

      assertThat(unexpected).isEmpty();
      assertThat(ok.get() + apiErrors.get() + readNetworkErrors.get() + writesMaybeApplied.get()).isEqualTo(total);
      assertThat(ok.get()).as("most calls succeed").isGreaterThan(total * 9 / 10);
      // Faulted requests are not applied by the fake: exactly the successful creates exist.
      assertThat(fake.goalCount()).isEqualTo(FakeGtmhubServer.SEEDED_GOAL_COUNT + createdIds.size());
      Map<String, String> namesHeld = new HashMap<>();
      for (Goal goal : client.goals().list(ListQuery.all())) {
        namesHeld.put(goal.id(), goal.name().orElse(null));
      }
      assertThat(lastPatchedName.entrySet().stream().filter(e -> !e.getValue().equals(namesHeld.get(e.getKey())))
          .collect(Collectors.toList())).as("goals whose last successful PATCH is not what the fake holds").isEmpty();
      assertThat(http.dispatcher().runningCallsCount()).isZero();
      assertThat(http.connectionPool().idleConnectionCount()).isEqualTo(http.connectionPool().connectionCount());
    } finally {
      workers.shutdown();
      assertThat(workers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
      fake.close();
      http.connectionPool().evictAll();
      http.dispatcher().executorService().shutdown();
    }
  }
}
