package io.okrsdk.core.internal.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.OkrException;
import io.okrsdk.core.paging.PagedIterable;
import io.okrsdk.core.paging.PagedIterator;
import io.okrsdk.core.paging.PagingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Prefetching and parallel paging: same items in the same order, each page once, clean stops. */
@org.junit.jupiter.api.Timeout(30)
class ConcurrentPagingTest {
  /** Listings as a sequential client with no page cap of its own makes them. */
  private static final Paging PAGING = new Paging(PagingMode.sequential(), 0);

  private static final int TOTAL = 95;
  private static final int PAGE = 10;

  private final ThreadPoolExecutor executor = (ThreadPoolExecutor) Executors.newFixedThreadPool(4);
  private final Map<Long, AtomicInteger> fetchesByOffset = new ConcurrentHashMap<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();

  @AfterEach
  void stop() throws InterruptedException {
    executor.shutdownNow();
    assertThat(executor.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
  }

  /** Pages of {@code TOTAL} numbered items; later pages answer faster, to shuffle completion order. */
  private PageResult<Integer> page(int size, long offset) {
    fetchesByOffset.computeIfAbsent(offset, o -> new AtomicInteger()).incrementAndGet();
    int now = inFlight.incrementAndGet();
    maxInFlight.accumulateAndGet(now, Math::max);
    try {
      Thread.sleep(Math.max(0, 20 - offset / 10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OkrException("interrupted", e);
    } finally {
      inFlight.decrementAndGet();
    }
    List<Integer> items =
        IntStream.range((int) offset, (int) Math.min(TOTAL, offset + size)).boxed().collect(Collectors.toList());
    return PageResult.of(items, (long) TOTAL, null);
  }

  private static List<Integer> expected(int count) {
    return IntStream.range(0, count).boxed().collect(Collectors.toList());
  }

  @Test
  void parallelKeepsOrderAndFetchesEachPageOnce() {
    PagedIterable<Integer> listing = PAGING.skip(PAGE, this::page).parallel(4, executor);

    assertThat(listing.toList()).isEqualTo(expected(TOTAL));
    assertThat(fetchesByOffset).hasSize(10);
    assertThat(fetchesByOffset.values()).allSatisfy(count -> assertThat(count).hasValue(1));
    assertThat(maxInFlight.get()).isBetween(2, 4);
  }

  @Test
  void aSlowHeadPageDoesNotStopTheFetchesBehindIt() throws Exception {
    // The second page (offset 10) is held, as a page waiting out a Retry-After would be. The
    // other workers go on with the pages behind it, up to twice the concurrency in line, never
    // more than the concurrency at once; order is kept when it arrives.
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch behind = new CountDownLatch(7);
    PagedIterable<Integer> listing = PAGING.skip(PAGE, (size, offset) -> {
      if (offset == 10) {
        try {
          assertThat(behind.await(10, TimeUnit.SECONDS)).isTrue();
          release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new OkrException("interrupted", e);
        }
      } else if (offset > 10) {
        behind.countDown();
      }
      return page(size, offset);
    }).parallel(4, executor);
    List<Integer> seen = new ArrayList<>();
    Thread consumer = new Thread(() -> listing.forEach(seen::add));
    consumer.start();
    // Pages at offsets 20..80: seven pages behind the held one, more than the 4 workers' window.
    assertThat(behind.await(10, TimeUnit.SECONDS)).isTrue();
    release.countDown();
    consumer.join(10_000);
    assertThat(seen).isEqualTo(expected(TOTAL));
    assertThat(maxInFlight.get()).isLessThanOrEqualTo(4);
    assertThat(fetchesByOffset.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
  }

  @Test
  void prefetchKeepsOrderAndFetchesEachPageOnce() {
    PagedIterable<Integer> listing = PAGING.skip(PAGE, this::page).prefetch(executor);

    assertThat(listing.toList()).isEqualTo(expected(TOTAL));
    assertThat(fetchesByOffset).hasSize(10);
    assertThat(fetchesByOffset.values()).allSatisfy(count -> assertThat(count).hasValue(1));
    assertThat(maxInFlight.get()).isEqualTo(1);
  }

  @Test
  void limitOffsetListingsFetchInParallelByOffset() {
    // Pages carry next links as Perform's do; the walk's stop rules (a missing link ends it) hold
    // in every mode, so the fake must name a next page for parallel paging to go on.
    PagedIterable<Integer> listing =
        PAGING.limitOffset(PAGE, okhttp3.HttpUrl.get("https://h/"), (size, offset) -> {
          PageResult<Integer> page = page(size, offset);
          String next = offset + size < TOTAL ? "https://h/?limit=" + size + "&offset=" + (offset + size) : null;
          return PageResult.of(page.items(), (long) TOTAL, next);
        }, url -> {
          throw new AssertionError("parallel paging addresses pages by offset, not by next link");
        }).parallel(3, executor);
    assertThat(listing.toList()).isEqualTo(expected(TOTAL));
  }

  @Test
  void capStopsParallelFetchingAtTheCap() {
    assertThat(PAGING.skip(PAGE, this::page).parallel(4, executor).limit(25).toList()).isEqualTo(expected(25));
    assertThat(fetchesByOffset.keySet()).containsExactlyInAnyOrder(0L, 10L, 20L);
  }

  @Test
  void earlyStopCancelsOutstandingFetchesAndLeavesNoWorkBehind() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger started = new AtomicInteger();
    AtomicInteger interrupted = new AtomicInteger();
    PagedIterable<Integer> listing =
        PAGING.skip(PAGE, (size, offset) -> {
          if (offset > 0) {
            started.incrementAndGet();
            try {
              release.await();
            } catch (InterruptedException e) {
              interrupted.incrementAndGet();
              throw new OkrException("cancelled", e);
            }
          }
          return page(size, offset);
        }).parallel(4, executor);

    try (Stream<Integer> stream = listing.stream()) {
      assertThat(stream.limit(3).collect(Collectors.toList())).containsExactly(0, 1, 2);
    }

    waitUntil(() -> executor.getActiveCount() == 0);
    // Every background fetch that started was interrupted; the rest were cancelled before starting.
    assertThat(interrupted.get()).isEqualTo(started.get());
    assertThat(started.get()).isBetween(1, 4);
    assertThat(executor.getQueue()).isEmpty();
  }

  @Test
  void theFirstErrorInListingOrderSurfaces() {
    PagedIterable<Integer> listing =
        PAGING.skip(PAGE, (size, offset) -> {
          if (offset == 30 || offset == 60) {
            throw new OkrException("page at " + offset + " failed");
          }
          return page(size, offset);
        }).parallel(4, executor);

    List<Integer> seen = new ArrayList<>();
    assertThatThrownBy(() -> listing.forEach(seen::add)).isInstanceOf(OkrException.class).hasMessage("page at 30 failed");
    assertThat(seen).isEqualTo(expected(30));
  }

  @Test
  void prefetchSurfacesErrorsAfterTheItemsBeforeThem() {
    PagedIterable<Integer> listing =
        PAGING.skip(PAGE, (size, offset) -> {
          if (offset == 20) {
            throw new OkrException("boom");
          }
          return page(size, offset);
        }).prefetch(executor);
    List<Integer> seen = new ArrayList<>();
    assertThatThrownBy(() -> listing.forEach(seen::add)).hasMessage("boom");
    assertThat(seen).isEqualTo(expected(20));
  }

  /** Items the listing hands out in a mode, or the exception that ended it after those items. */
  private static List<Object> outcome(PagedIterable<Integer> listing) {
    List<Object> seen = new java.util.ArrayList<>();
    try (PagedIterator<Integer> items = listing.iterator()) {
      items.forEachRemaining(seen::add);
    } catch (RuntimeException e) {
      seen.add(e.getClass());
    }
    return seen;
  }

  @Test
  void parallelStopsWhereTheWalkStopsWhenANextLinkIsMissing() {
    // Page 4 (offset 30) names no next page: the walk's rule ends the listing there, in every mode.
    Paging.OffsetRequest<Integer> pages = (size, offset) -> {
      PageResult<Integer> page = page(size, offset);
      String next = offset == 30 ? null : "https://h/?limit=" + size + "&offset=" + (offset + size);
      return PageResult.of(page.items(), (long) TOTAL, next);
    };
    PagedIterable<Integer> listing =
        PAGING.limitOffset(PAGE, okhttp3.HttpUrl.get("https://h/"), pages, url -> pages.fetch(PAGE, offsetOf(url)));

    assertThat(outcome(listing.parallel(4, executor))).isEqualTo(outcome(listing)).isEqualTo(List.copyOf(expected(40)));
  }

  private static long offsetOf(okhttp3.HttpUrl url) {
    return Long.parseLong(url.queryParameter("offset"));
  }

  @Test
  void parallelGoesOnFromAShortPageAsTheWalkWould() {
    // The server serves 5 items instead of 10 at offset 20: offsets planned from the first page are
    // wrong after it, and no item may be skipped or repeated.
    Paging.OffsetRequest<Integer> pages = (size, offset) -> page(offset == 20 ? 5 : size, offset);
    PagedIterable<Integer> listing = PAGING.skip(PAGE, pages);

    assertThat(outcome(listing.parallel(4, executor))).isEqualTo(outcome(listing)).isEqualTo(List.copyOf(expected(TOTAL)));
  }

  @Test
  void parallelMeetsThePageCapWhereTheWalkDoes() {
    PagedIterable<Integer> listing = PAGING.skip(PAGE, this::page).maxPages(3);

    List<Object> sequential = outcome(listing);
    assertThat(sequential).hasSize(31).endsWith(io.okrsdk.core.PageLimitExceededException.class);
    assertThat(outcome(listing.parallel(4, executor))).isEqualTo(sequential);
    assertThat(outcome(listing.prefetch(executor))).isEqualTo(sequential);
  }

  @Test
  void cursorListingsPrefetchWhenAskedForParallel() {
    PagedIterable<String> listing =
        PAGING.<String>cursor(cursor -> {
          int n = cursor == null ? 0 : Integer.parseInt(cursor);
          return PageResult.of(List.of("c" + n), null, n < 4 ? String.valueOf(n + 1) : null);
        }).parallel(4, executor);
    assertThat(listing.pagingMode()).isEqualTo(PagingMode.prefetch(executor));
    assertThat(listing.toList()).containsExactly("c0", "c1", "c2", "c3", "c4");
  }

  @Test
  void noThreadsAreLeftRunningAfterIterationEnds() throws Exception {
    ExecutorService own = Executors.newCachedThreadPool();
    try {
      PAGING.skip(PAGE, this::page).parallel(4, own).toList();
      PAGING.skip(PAGE, this::page).prefetch(own).toList();
      waitUntil(() -> ((ThreadPoolExecutor) own).getActiveCount() == 0);
    } finally {
      own.shutdown();
      assertThat(own.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    }
  }

  private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not reached within 5 s");
      }
      Thread.sleep(5);
    }
  }
}
