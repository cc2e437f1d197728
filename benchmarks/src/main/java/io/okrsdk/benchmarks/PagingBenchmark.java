package io.okrsdk.benchmarks;

import io.okrsdk.core.paging.Page;
import io.okrsdk.core.paging.PagedIterable;
import io.okrsdk.perform.PerformClient;
import io.okrsdk.perform.model.Goal;
import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okio.Buffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Target 3: walking all 100 pages of Perform's goal listing ({@value #PAGE_SIZE} goals each,
 * {@code count} and absolute {@code next} links) from a loopback server that takes {@value
 * #LATENCY_MS} ms before each response.
 *
 * <ul>
 *   <li>Slow consumer, {@value #WORK_MS} ms of blocking work per page (a database write, say):
 *       page by page ({@code sequentialSlowConsumer}, what other SDKs do) against {@code
 *       prefetch(executor)}.
 *   <li>Fast consumer: page by page ({@code sequentialFastConsumer}) against {@code parallel(4,
 *       executor)}.
 * </ul>
 *
 * Each operation takes seconds, so each is timed once per iteration.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class PagingBenchmark {
  static final int PAGES = 100;
  static final int PAGE_SIZE = 100;
  static final long LATENCY_MS = 20;
  static final long WORK_MS = 20;
  private static final int GOALS = PAGES * PAGE_SIZE;

  private MockWebServer server;
  private PerformClient client;
  private ExecutorService executor;
  private PagedIterable<Goal> goals;

  /** Starts the delayed server, the client and a four-thread pool. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    PageDispatcher dispatcher = new PageDispatcher();
    server = LoopbackServer.start(dispatcher);
    byte[][] bodies = new byte[PAGES][];
    HttpUrl listing = server.url("/api/v2/goals/");
    for (int page = 0; page < PAGES; page++) {
      int offset = page * PAGE_SIZE;
      String next =
          page == PAGES - 1
              ? null
              : listing.newBuilder()
                  .addQueryParameter("limit", String.valueOf(PAGE_SIZE))
                  .addQueryParameter("offset", String.valueOf(offset + PAGE_SIZE))
                  .build()
                  .toString();
      bodies[page] = GoalJson.page(offset, PAGE_SIZE, GOALS, next);
    }
    dispatcher.bodies = bodies;
    client = PerformClient.builder().baseUrl(server.url("/").toString()).credentials("bench", "secret").build();
    AtomicInteger threads = new AtomicInteger();
    executor =
        Executors.newFixedThreadPool(
            4,
            task -> {
              Thread thread = new Thread(task, "page-fetch-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    goals = client.goals().list(PAGE_SIZE);
  }

  /** Forgets the requests the server recorded. */
  @TearDown(Level.Iteration)
  public void forgetRequests() throws InterruptedException {
    while (server.takeRequest(0, TimeUnit.MILLISECONDS) != null) {
      // drained
    }
  }

  /** Stops the pool, the client and the server. */
  @TearDown(Level.Trial)
  public void tearDown() {
    executor.shutdownNow();
    client.close();
    server.close();
  }

  /**
   * Baseline: page by page with a slow consumer.
   *
   * @param sink consumes the goals
   * @return the number of goals seen
   */
  @Benchmark
  public int sequentialSlowConsumer(Blackhole sink) throws InterruptedException {
    return consume(goals.sequential(), sink, WORK_MS);
  }

  /**
   * Prefetching the next page while the slow consumer works.
   *
   * @param sink consumes the goals
   * @return the number of goals seen
   */
  @Benchmark
  public int prefetchSlowConsumer(Blackhole sink) throws InterruptedException {
    return consume(goals.prefetch(executor), sink, WORK_MS);
  }

  /**
   * Baseline: page by page with a fast consumer.
   *
   * @param sink consumes the goals
   * @return the number of goals seen
   */
  @Benchmark
  public int sequentialFastConsumer(Blackhole sink) throws InterruptedException {
    return consume(goals.sequential(), sink, 0);
  }

  /**
   * Four pages in flight at once with a fast consumer.
   *
   * @param sink consumes the goals
   * @return the number of goals seen
   */
  @Benchmark
  public int parallel4FastConsumer(Blackhole sink) throws InterruptedException {
    return consume(goals.parallel(4, executor), sink, 0);
  }

  /** Answers each page window after the latency. */
  private static final class PageDispatcher extends Dispatcher {
    /** The pages' JSON, set once the server's port (and so the next links) is known. */
    volatile byte[][] bodies;

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      HttpUrl url = request.getUrl();
      int limit = Integer.parseInt(url.queryParameter("limit"));
      int offset = Integer.parseInt(url.queryParameter("offset"));
      if (limit != PAGE_SIZE || offset % PAGE_SIZE != 0 || offset / PAGE_SIZE >= PAGES) {
        return new MockResponse.Builder().code(400).body("{\"detail\":\"unexpected window\"}").build();
      }
      return new MockResponse.Builder()
          .code(200)
          .addHeader("Content-Type", "application/json")
          .body(new Buffer().write(bodies[offset / PAGE_SIZE]))
          .headersDelay(LATENCY_MS, TimeUnit.MILLISECONDS)
          .build();
    }
  }

  private static int consume(PagedIterable<Goal> listing, Blackhole sink, long workMs) throws InterruptedException {
    int seen = 0;
    for (Page<Goal> page : listing.pages()) {
      for (Goal goal : page.items()) {
        sink.consume(goal);
        seen++;
      }
      if (workMs > 0) {
        Thread.sleep(workMs);
      }
    }
    if (seen != GOALS) {
      throw new IllegalStateException("expected " + GOALS + " goals, saw " + seen);
    }
    return seen;
  }
}
