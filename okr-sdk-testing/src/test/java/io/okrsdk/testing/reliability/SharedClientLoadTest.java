package io.okrsdk.testing.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.gtmhub.GtmhubClient;
import io.okrsdk.gtmhub.model.Goal;
import io.okrsdk.gtmhub.model.GoalPatch;
import io.okrsdk.gtmhub.model.GoalRequest;
import io.okrsdk.gtmhub.query.ListQuery;
import io.okrsdk.testing.FakeGtmhubServer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One shared Gtmhub client, 32 threads, 1,000 mixed calls each (get, list, create, PATCH) against
 * the fake on loopback. Afterwards: no call failed, the fake holds exactly the goals created and
 * each holds its last PATCH (no write lost or repeated), the caller's connection pool has no
 * connection in use and empties on eviction, the dispatcher has nothing running or queued, and no
 * thread started by the run is left behind but OkHttp's idle task-runner threads.
 */
class SharedClientLoadTest {
  private static final int THREADS = 32;
  private static final int CALLS_PER_THREAD = 1_000;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void thirtyTwoThreadsShareOneClientWithoutErrorsLostWritesOrLeaks() throws Exception {
    Set<Thread> threadsBefore = Thread.getAllStackTraces().keySet();
    OkHttpClient http = new OkHttpClient.Builder().build();
    FakeGtmhubServer fake = new FakeGtmhubServer();
    fake.start();
    ExecutorService workers = Executors.newFixedThreadPool(THREADS);

    Map<String, String> lastPatchedName = new ConcurrentHashMap<>();
    Set<String> createdIds = ConcurrentHashMap.newKeySet();
    AtomicInteger creates = new AtomicInteger();
    AtomicInteger patches = new AtomicInteger();
    AtomicInteger gets = new AtomicInteger();
    AtomicInteger lists = new AtomicInteger();
    AtomicLong wallNanos = new AtomicLong();
    int initialRequests;

    try (GtmhubClient client = fake.clientBuilder().httpClient(http).build()) {
      initialRequests = fake.requestCount();
      CountDownLatch go = new CountDownLatch(1);
      List<Future<?>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        results.add(workers.submit(() -> {
          go.await();
          List<String> mine = new ArrayList<>();
          for (int i = 0; i < CALLS_PER_THREAD; i++) {
            switch (i % 5) {
              case 0:
              case 1:
                String id = mine.isEmpty() ? FakeGtmhubServer.SEEDED_DRAFT_GOAL_ID : mine.get(i % mine.size());
                assertThat(client.goals().get(id).id()).isEqualTo(id);
                gets.incrementAndGet();
                break;
              case 2:
                assertThat(client.goals().listPage(ListQuery.all(), i % 7, 10).items()).isNotEmpty();
                lists.incrementAndGet();
                break;
              case 3:
                String name = "load " + thread + "-" + i;
                Goal created = client.goals().create(
                    GoalRequest.builder().name(name).sessionId(FakeGtmhubServer.CURRENT_SESSION_ID).build());
                assertThat(created.name()).hasValue(name);
                assertThat(createdIds.add(created.id())).as("a fresh id").isTrue();
                mine.add(created.id());
                creates.incrementAndGet();
                break;
              default:
                String target = mine.get(mine.size() - 1);
                String patched = "patched " + thread + "-" + i;
                assertThat(client.goals().update(target, GoalPatch.builder().name(patched).build()).name()).hasValue(patched);
                lastPatchedName.put(target, patched);
                patches.incrementAndGet();
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
      wallNanos.set(System.nanoTime() - start);

      int totalCalls = THREADS * CALLS_PER_THREAD;
      double seconds = wallNanos.get() / 1e9;
      System.out.printf(
          "load: %d calls (%d get, %d list, %d create, %d patch) from %d threads in %.2f s = %.0f calls/s; pool %d connections%n",
          totalCalls, gets.get(), lists.get(), creates.get(), patches.get(), THREADS, seconds, totalCalls / seconds,
          http.connectionPool().connectionCount());

      // Every call reached the fake exactly once: nothing repeated, nothing lost.
      assertThat(gets.get() + lists.get() + creates.get() + patches.get()).isEqualTo(totalCalls);
      assertThat(fake.requestCount() - initialRequests).isEqualTo(totalCalls);

      // The fake holds exactly the created goals, each with its last PATCH.
      assertThat(fake.goalCount()).isEqualTo(FakeGtmhubServer.SEEDED_GOAL_COUNT + creates.get());
      Set<String> held = new HashSet<>(fake.store().ids());
      assertThat(held).containsAll(createdIds);
      Map<String, String> namesHeld = new HashMap<>();
      for (Goal goal : client.goals().list(ListQuery.all())) {
        namesHeld.put(goal.id(), goal.name().orElse(null));
      }
      assertThat(namesHeld).hasSize(FakeGtmhubServer.SEEDED_GOAL_COUNT + creates.get());
      assertThat(lastPatchedName).hasSize(creates.get());
      assertThat(lastPatchedName.entrySet().stream().filter(e -> !e.getValue().equals(namesHeld.get(e.getKey()))).collect(Collectors.toList()))
          .as("goals whose last PATCH is not what the fake holds")
          .isEmpty();

      // Nothing in flight, no connection still in use.
      assertThat(http.dispatcher().runningCallsCount()).isZero();
      assertThat(http.dispatcher().queuedCallsCount()).isZero();
      assertThat(http.connectionPool().idleConnectionCount()).isEqualTo(http.connectionPool().connectionCount());
    } finally {
      workers.shutdown();
      assertThat(workers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
      fake.close();
    }

    // Closing the SDK client leaves the caller's pool alone; the caller empties it.
    http.connectionPool().evictAll();
    assertThat(http.connectionPool().connectionCount()).isZero();
    http.dispatcher().executorService().shutdown();
    assertThat(http.dispatcher().executorService().awaitTermination(10, TimeUnit.SECONDS)).isTrue();

    assertThat(threadsLeftBehind(threadsBefore)).as("threads started by the run and still alive").isEmpty();
  }

  /**
   * Threads alive now that were not alive before, waiting up to 10 s for them to end. The
   * process-wide helpers of OkHttp (task runner) and Okio (timeout watchdog) may stay while idle:
   * they are daemons shared by every client and end by themselves after a minute without work. A
   * task runner thread takes the name of the task it runs, such as the connection pool's closer.
   */
  private static List<String> threadsLeftBehind(Set<Thread> before) throws InterruptedException {
    List<String> left = List.of();
    for (int attempt = 0; attempt < 100; attempt++) {
      left = Thread.getAllStackTraces().keySet().stream()
          .filter(thread -> !before.contains(thread) && thread.isAlive())
          .filter(thread -> !(isSharedIdleHelper(thread) && thread.getState() != Thread.State.RUNNABLE))
          .map(thread -> thread.getName() + " (" + thread.getState() + ")")
          .collect(Collectors.toList());
      if (left.isEmpty()) {
        return left;
      }
      Thread.sleep(100);
    }
    return left;
  }

  private static boolean isSharedIdleHelper(Thread thread) {
    String name = thread.getName();
    return thread.isDaemon()
        && (name.contains("TaskRunner") || name.startsWith("OkHttp ConnectionPool") || name.equals("Okio Watchdog"));
  }
}
