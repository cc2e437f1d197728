package io.okrsdk.core.internal.paging;

import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.core.OkrException;
import io.okrsdk.core.paging.Page;
import io.okrsdk.core.paging.PagedIterable;
import io.okrsdk.core.paging.PagedIterator;
import io.okrsdk.core.paging.PagingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A page that fails once: the caller catches the exception and keeps iterating; every mode resumes
 * at the failed page, delivers all 308 items once and in order, and never says "no more" early.
 */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PagingRecoveryTest {
  /** Listings as a sequential client with no page cap of its own makes them. */
  private static final Paging PAGING = new Paging(PagingMode.sequential(), 0);

  private static final int TOTAL = 308;
  private static final int PAGE = 10;

  private static final ExecutorService EXECUTOR = Executors.newFixedThreadPool(3);

  private final Map<Long, AtomicInteger> requestsByOffset = new ConcurrentHashMap<>();

  @AfterAll
  static void stop() throws InterruptedException {
    EXECUTOR.shutdownNow();
    assertThat(EXECUTOR.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
  }

  static Stream<Arguments> modes() {
    return Stream.of(
        Arguments.of("sequential", (UnaryOperator<PagedIterable<Integer>>) PagedIterable::sequential),
        Arguments.of("prefetch", (UnaryOperator<PagedIterable<Integer>>) listing -> listing.prefetch(EXECUTOR)),
        Arguments.of("parallel(3)", (UnaryOperator<PagedIterable<Integer>>) listing -> listing.parallel(3, EXECUTOR)));
  }

  /** 308 numbered items; the page at {@code failingOffset} fails on its first request only. */
  private PageResult<Integer> page(int size, long offset, long failingOffset, boolean withTotal) {
    int attempt = requestsByOffset.computeIfAbsent(offset, o -> new AtomicInteger()).incrementAndGet();
    if (offset == failingOffset && attempt == 1) {
      throw new OkrException("page at offset " + offset + " failed");
    }
    List<Integer> items = IntStream.range((int) offset, (int) Math.min(TOTAL, offset + size)).boxed().collect(Collectors.toList());
    return PageResult.of(items, withTotal ? (long) TOTAL : null, null);
  }

  /** Iterates like a patient caller: on an exception, count it and go on with the same iterator. */
  private static List<Integer> drainRetrying(Iterator<Integer> iterator, List<String> failures) {
    List<Integer> seen = new ArrayList<>();
    while (true) {
      try {
        if (!iterator.hasNext()) {
          return seen;
        }
        seen.add(iterator.next());
      } catch (OkrException e) {
        failures.add(e.getMessage());
        if (failures.size() > 5) {
          throw new AssertionError("the same failure keeps coming back: " + failures);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modes")
  void aListingResumesAtAPageThatFailedOnce(String name, UnaryOperator<PagedIterable<Integer>> mode) {
    PagedIterable<Integer> listing = mode.apply(PAGING.skip(PAGE, (size, skip) -> page(size, skip, 100, true)));
    List<String> failures = new ArrayList<>();
    List<Integer> seen;
    try (PagedIterator<Integer> iterator = listing.iterator()) {
      seen = drainRetrying(iterator, failures);
    }

    assertThat(failures).containsExactly("page at offset 100 failed");
    assertThat(seen).isEqualTo(IntStream.range(0, TOTAL).boxed().collect(Collectors.toList()));
    assertThat(requestsByOffset.get(100L)).hasValue(2);
    assertThat(requestsByOffset).hasSize(31);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modes")
  void aListingResumesWhenItsFirstPageFailedOnce(String name, UnaryOperator<PagedIterable<Integer>> mode) {
    PagedIterable<Integer> listing = mode.apply(PAGING.skip(PAGE, (size, skip) -> page(size, skip, 0, true)));
    List<String> failures = new ArrayList<>();
    List<Integer> seen;
    try (PagedIterator<Integer> iterator = listing.iterator()) {
      seen = drainRetrying(iterator, failures);
    }

    assertThat(failures).hasSize(1);
    assertThat(seen).hasSize(TOTAL).isSorted().doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modes")
  void aListingWithoutATotalResumesToo(String name, UnaryOperator<PagedIterable<Integer>> mode) {
    PagedIterable<Integer> listing = mode.apply(PAGING.skip(PAGE, (size, skip) -> page(size, skip, 150, false)));
    List<String> failures = new ArrayList<>();
    List<Integer> seen;
    try (PagedIterator<Integer> iterator = listing.iterator()) {
      seen = drainRetrying(iterator, failures);
    }

    assertThat(failures).hasSize(1);
    assertThat(seen).isEqualTo(IntStream.range(0, TOTAL).boxed().collect(Collectors.toList()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modes")
  void afterAFailureHasNextNeverSaysTheListingIsComplete(String name, UnaryOperator<PagedIterable<Integer>> mode) {
    // The caller who stops at the first "false" must have every item or have seen the exception.
    PagedIterable<Integer> listing = mode.apply(PAGING.skip(PAGE, (size, skip) -> page(size, skip, 100, true)));
    int delivered = 0;
    int failures = 0;
    try (PagedIterator<Integer> iterator = listing.iterator()) {
      while (failures <= 5) {
        boolean more;
        try {
          more = iterator.hasNext();
        } catch (OkrException e) {
          failures++;
          continue;
        }
        if (!more) {
          break;
        }
        iterator.next();
        delivered++;
      }
    }
    assertThat(failures).isEqualTo(1);
    assertThat(delivered).isEqualTo(TOTAL);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modes")
  void thePagesViewResumesToo(String name, UnaryOperator<PagedIterable<Integer>> mode) {
    PagedIterable<Integer> listing = mode.apply(PAGING.skip(PAGE, (size, skip) -> page(size, skip, 200, true)));
    Iterator<Page<Integer>> pages = listing.pages().iterator();
    List<Integer> numbers = new ArrayList<>();
    int failures = 0;
    while (failures <= 5) {
      try {
        if (!pages.hasNext()) {
          break;
        }
        numbers.add(pages.next().number());
      } catch (OkrException e) {
        failures++;
      }
    }
    assertThat(failures).isEqualTo(1);
    assertThat(numbers).isEqualTo(IntStream.range(0, 31).boxed().collect(Collectors.toList()));
  }
}
