package io.okrsdk.benchmarks;

import io.okrsdk.core.RateLimitedException;
import io.okrsdk.core.http.RateLimitMode;
import io.okrsdk.core.paging.PagedIterable;
import io.okrsdk.gtmhub.GtmhubClient;
import io.okrsdk.gtmhub.model.Goal;
import io.okrsdk.gtmhub.query.ListQuery;
import io.okrsdk.testing.FakeGtmhubServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Target 4: bulk work against a rate-limited server. A whole-run benchmark (each scenario takes
 * ten seconds or more), so a main method rather than JMH iterations.
 *
 * <ul>
 *   <li>{@code export}: all 20,000 goals of a fake Gtmhub (200 pages of 100) limited to {@value
 *       #RATE} requests a second with a burst of {@value #BURST} and {@value #LATENCY_MS} ms latency:
 *       sequential (default settings), {@code parallel(8)} with rate limiting off, {@code
 *       parallel(8)} adaptive (the default). For each: the share of the allowed rate sustained
 *       (requests accepted per second over the run / {@value #RATE}), the share of requests answered
 *       429, and whether the listing failed.
 *   <li>{@code mixed}: 32 threads × N calls (sync and async gets, one-page listings, workflow
 *       histories) on one client with default settings against the same limited fake: how many calls
 *       failed for throttling.
 * </ul>
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar io.okrsdk.benchmarks.RateLimitBenchmark
 * [export|mixed|all] [calls per thread, default 200]}.
 */
public final class RateLimitBenchmark {
  static final double RATE = 20;
  static final int BURST = 5;
  static final long LATENCY_MS = 50;
  static final int GOALS = 20_000;
  static final int THREADS = 32;

  private RateLimitBenchmark() {}

  /**
   * Runs the scenarios.
   *
   * @param args {@code export}, {@code mixed} or {@code all} (default), then the calls per thread
   * @throws Exception when a scenario cannot be set up
   */
  public static void main(String[] args) throws Exception {
    String which = args.length > 0 ? args[0] : "all";
    int callsPerThread = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    try (FakeGtmhubServer fake = new FakeGtmhubServer().withGeneratedGoals(GOALS - FakeGtmhubServer.SEEDED_GOAL_COUNT)) {
      fake.start();
      warmUp(fake);
      if (which.equals("export") || which.equals("all")) {
        export(fake, "sequential (defaults)", RateLimitMode.adaptive(), 0);
        export(fake, "parallel(8), rate limiting off", RateLimitMode.off(), 8);
        export(fake, "parallel(8), adaptive (default)", RateLimitMode.adaptive(), 8);
      }
      if (which.equals("mixed") || which.equals("all")) {
        mixed(fake, callsPerThread);
      }
    }
    System.exit(0);
  }

  private static GtmhubClient client(FakeGtmhubServer fake, RateLimitMode mode) {
    return GtmhubClient.builder().baseUrl(fake.baseUrl())
        .credentials(FakeGtmhubServer.TOKEN, FakeGtmhubServer.ACCOUNT_ID).rateLimit(mode).build();
  }

  /** Loads and compiles the paths the scenarios take, without a limit. */
  private static void warmUp(FakeGtmhubServer fake) {
    fake.faults().reset();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try (GtmhubClient client = client(fake, RateLimitMode.adaptive())) {
      for (int i = 0; i < 3; i++) {
        long n = client.goals().list(ListQuery.all()).parallel(8, pool).stream().count();
        if (n != GOALS) {
          throw new IllegalStateException("the fake lists " + n + " goals, not " + GOALS);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void limit(FakeGtmhubServer fake) {
    fake.faults().reset();
    fake.faults().latency(Duration.ofMillis(LATENCY_MS)).rateLimit(RATE, BURST);
  }

  private static void export(FakeGtmhubServer fake, String name, RateLimitMode mode, int parallel) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, parallel));
    String outcome;
    long items = 0;
    limit(fake);
    long start = System.nanoTime();
    try (GtmhubClient client = client(fake, mode)) {
      PagedIterable<Goal> listing = client.goals().list(ListQuery.all());
      if (parallel > 0) {
        listing = listing.parallel(parallel, pool);
      }
      items = listing.stream().count();
      outcome = items == GOALS ? "complete" : "incomplete: " + items + " goals";
    } catch (RuntimeException e) {
      outcome = "FAILED: " + e.getClass().getSimpleName();
    } finally {
      pool.shutdownNow();
    }
    report(fake, name, System.nanoTime() - start, outcome);
  }

  private static void mixed(FakeGtmhubServer fake, int callsPerThread) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    AtomicLong throttled = new AtomicLong();
    AtomicLong otherFailures = new AtomicLong();
    AtomicLong succeeded = new AtomicLong();
    String[] ids = {
      FakeGtmhubServer.SEEDED_APPROVED_GOAL_ID, FakeGtmhubServer.SEEDED_IN_REVIEW_GOAL_ID, FakeGtmhubServer.SEEDED_DRAFT_GOAL_ID
    };
    limit(fake);
    long start = System.nanoTime();
    try (GtmhubClient client = client(fake, RateLimitMode.adaptive())) {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        done.add(threads.submit(() -> {
          for (int i = 0; i < callsPerThread; i++) {
            String id = ids[(thread + i) % ids.length];
            try {
              switch ((thread + i) % 4) {
                case 0:
                  client.goals().get(id);
                  break;
                case 1:
                  client.goals().getAsync(id).join();
                  break;
                case 2:
                  client.goals().listPage(ListQuery.all(), (thread * 31L + i) % 1000, 10);
                  break;
                default:
                  client.goals().workflowActions(id);
                  break;
              }
              succeeded.incrementAndGet();
            } catch (RateLimitedException e) {
              throttled.incrementAndGet();
            } catch (java.util.concurrent.CompletionException e) {
              (e.getCause() instanceof RateLimitedException ? throttled : otherFailures).incrementAndGet();
            } catch (RuntimeException e) {
              otherFailures.incrementAndGet();
            }
          }
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      threads.shutdownNow();
    }
    report(fake, THREADS + " threads x " + callsPerThread + " mixed calls, defaults", System.nanoTime() - start,
        succeeded.get() + " succeeded, " + throttled.get() + " failed for throttling, " + otherFailures.get()
            + " failed otherwise");
  }

  private static void report(FakeGtmhubServer fake, String name, long nanos, String outcome) {
    double seconds = nanos / 1e9;
    long accepted = fake.faults().rateLimitAccepted();
    long refused = fake.faults().rateLimitRefused();
    double share = accepted / seconds / RATE;
    double refusedShare = 100.0 * refused / Math.max(1, accepted + refused);
    System.out.println(String.format(Locale.ROOT,
        "%-40s %7.2f s  %5d accepted  %4d refused (%5.2f%% 429)  %5.1f%% of allowed rate  %s",
        name, seconds, accepted, refused, refusedShare, 100 * share, outcome));
  }
}
