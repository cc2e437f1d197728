package io.okrsdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.core.internal.paging.PageResult;
import io.okrsdk.core.internal.paging.Paging;
import io.okrsdk.core.paging.PagedIterable;
import io.okrsdk.core.paging.PagingMode;
import io.okrsdk.perform.model.Goal;
import io.okrsdk.perform.model.GoalUnit;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Target 4, about memory rather than time: iterating 1,000,000 goals from an in-memory {@link
 * Paging#skip} source keeps the retained heap within a few pages, in each fetch mode.
 *
 * <p>The source builds each page when it is asked for and keeps nothing, so whatever stays on
 * the heap is held by the iteration. The used heap after a full collection is sampled every
 * {@value #SAMPLE_EVERY} items; its growth over the starting level must stay under {@value
 * #PAGE_BUDGET} pages' worth of goals (a measured size) plus a fixed allowance, while keeping all
 * 1,000,000 goals would need hundreds of megabytes. The build runs this test in a 160 MB heap, so
 * an iteration that kept every item would fail with {@code OutOfMemoryError} as well.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BoundedHeapTest {
  /** Listings as a sequential client with no page cap of its own makes them. */
  private static final Paging PAGING = new Paging(PagingMode.sequential(), 0);

  private static final int ITEMS = 1_000_000;
  private static final int PAGE_SIZE = 1_000;
  private static final int SAMPLE_EVERY = 100_000;
  /**
   * Sequential holds the page being read, prefetch one more, parallel(4) up to four more plus the
   * first page; the rest is margin for what a sample happens to catch in flight.
   */
  private static final int PAGE_BUDGET = 12;
  /** Room for what a full collection leaves behind besides the pages (thread-local buffers, ...). */
  private static final long ALLOWANCE_BYTES = 6L << 20;

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private ExecutorService executor;
  private long bytesPerGoal;

  @BeforeAll
  void measureOneGoal() {
    executor = Executors.newFixedThreadPool(4);
    // What a goal like the source's costs on this JVM, measured by keeping 50,000 of them.
    long before = usedAfterGc();
    List<Goal> kept = goals(0, 50_000);
    long after = usedAfterGc();
    bytesPerGoal = Math.max(1, (after - before) / kept.size());
    assertThat(kept).hasSize(50_000);
  }

  @AfterAll
  void stopExecutor() {
    executor.shutdownNow();
  }

  @Test
  void sequentialIterationRetainsAtMostAFewPages() {
    assertBounded("sequential", listing -> listing.sequential());
  }

  @Test
  void prefetchingIterationRetainsAtMostAFewPages() {
    assertBounded("prefetch", listing -> listing.prefetch(executor));
  }

  @Test
  void parallelIterationRetainsAtMostAFewPages() {
    assertBounded("parallel(4)", listing -> listing.parallel(4, executor));
  }

  private void assertBounded(String name, Function<PagedIterable<Goal>, PagedIterable<Goal>> mode) {
    PagedIterable<Goal> listing =
        mode.apply(PAGING.skip(PAGE_SIZE, (limit, skip) -> PageResult.of(goals(skip, limit), (long) ITEMS, null)));
    long baseline = usedAfterGc();
    long maxGrowth = 0;
    long seen = 0;
    long expectedIndex = 0;
    long outOfOrder = 0;
    for (Goal goal : listing) {
      if (goal.weight().orElse(-1) != (int) (expectedIndex % 1_000)) {
        outOfOrder++;
      }
      expectedIndex++;
      seen++;
      if (seen % SAMPLE_EVERY == 0) {
        maxGrowth = Math.max(maxGrowth, usedAfterGc() - baseline);
      }
    }
    long pageBytes = bytesPerGoal * PAGE_SIZE;
    long allItems = bytesPerGoal * ITEMS;
    System.out.printf(
        "%s: %d goals, largest heap growth %d KB (a goal %d bytes, a page %d KB, all goals %d MB)%n",
        name, seen, maxGrowth >> 10, bytesPerGoal, pageBytes >> 10, allItems >> 20);
    assertThat(seen).isEqualTo(ITEMS);
    assertThat(outOfOrder).as("goals out of listing order").isZero();
    assertThat(maxGrowth)
        .as(
            "largest heap growth while iterating (a goal takes %d bytes, a page %d KB, all %d goals %d MB)",
            bytesPerGoal, pageBytes >> 10, ITEMS, allItems >> 20)
        .isLessThan(PAGE_BUDGET * pageBytes + ALLOWANCE_BYTES)
        .isLessThan(allItems / 20);
  }

  /** Goals built on demand, each with its own strings and values, like decoded ones. */
  private static List<Goal> goals(long skip, int limit) {
    int count = (int) Math.max(0, Math.min(limit, ITEMS - skip));
    List<Goal> page = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int index = (int) (skip + i);
      page.add(
          Goal.builder()
              .apiId(GoalJson.id(index))
              .title("Increase quarterly sales in region " + index % 97 + " by " + index % 40 + "%")
              .personName("Person " + index)
              .unit(GoalUnit.PERCENTAGE)
              .targetValue(new BigDecimal(100 + index % 150))
              .currentValue(BigDecimal.valueOf(index % 10_000, 4))
              .startDate(LocalDate.of(2025, 1 + index % 9, 1))
              .isComplete(index % 5 == 0)
              .weight(index % 1_000)
              .build());
    }
    return page;
  }

  private long usedAfterGc() {
    for (int i = 0; i < 2; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
