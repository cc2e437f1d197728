package io.okrsdk.core.internal.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.okrsdk.core.PageLimitExceededException;
import io.okrsdk.core.paging.PagedIterable;
import io.okrsdk.core.paging.PagingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Servers whose continuation never ends or walks back: the first page counts as seen, links that
 * do not advance end the listing, and the page cap ends everything else with a clear exception.
 */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PagingGuardsTest {
  /** Listings as a sequential client with no page cap of its own makes them. */
  private static final Paging PAGING = new Paging(PagingMode.sequential(), 0);

  private static final HttpUrl ORIGIN = HttpUrl.get("https://api.example.com/");

  private final ExecutorService executor = Executors.newFixedThreadPool(3);
  private final List<String> links = new ArrayList<>();

  @AfterEach
  void stop() throws InterruptedException {
    executor.shutdownNow();
    assertThat(executor.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
  }

  /** The three fetching modes, as a caller would pick them. */
  private List<UnaryOperator<PagedIterable<String>>> modes() {
    return List.of(PagedIterable::sequential, listing -> listing.prefetch(executor), listing -> listing.parallel(3, executor));
  }

  @Test
  void aNextLinkNamingTheFirstPageDoesNotDeliverItTwice() {
    // Django leaves offset=0 out of its links: "?limit=2" is the first page's own link.
    for (String firstPageLink : List.of("https://api.example.com/items/?limit=2", "/items/?limit=2&offset=0")) {
      for (UnaryOperator<PagedIterable<String>> mode : modes()) {
        links.clear();
        PagedIterable<String> listing =
            PAGING.limitOffset(
                2,
                ORIGIN,
                (limit, offset) -> PageResult.of(List.of("a", "b"), null, firstPageLink),
                url -> {
                  links.add(url.toString());
                  return PageResult.of(List.of("a", "b"), null, firstPageLink);
                });
        assertThat(mode.apply(listing).toList()).containsExactly("a", "b");
        assertThat(links).isEmpty();
      }
    }
  }

  @Test
  void nextLinksWalkingBackwardsWithAChangingDummyParameterEndTheListing() {
    AtomicLong dummy = new AtomicLong();
    PagedIterable<String> listing =
        PAGING.limitOffset(
            2,
            ORIGIN,
            (limit, offset) -> PageResult.of(List.of("a", "b"), null, "/items/?limit=2&offset=2"),
            url -> {
              links.add(url.toString());
              long offset = Long.parseLong(url.queryParameter("offset"));
              // Every link is new (the dummy changes), but it points back to an earlier page.
              return PageResult.of(
                  List.of("i" + offset, "j" + offset), null, "/items/?limit=2&offset=" + (offset - 2) + "&_=" + dummy.incrementAndGet());
            });
    assertThat(listing.toList()).containsExactly("a", "b", "i2", "j2");
    assertThat(links).containsExactly("https://api.example.com/items/?limit=2&offset=2");
  }

  @Test
  void aCursorThatChangesForeverMeetsTheDefaultCapOfOneHundredThousandPages() {
    AtomicLong requests = new AtomicLong();
    PagedIterable<String> listing =
        PAGING.cursor(cursor -> {
          long n = requests.incrementAndGet();
          return PageResult.of(List.of("u"), null, "c" + n);
        });
    AtomicLong delivered = new AtomicLong();
    Throwable failure = catchThrowable(() -> listing.forEach(item -> delivered.incrementAndGet()));

    assertThat(failure)
        .isInstanceOfSatisfying(PageLimitExceededException.class, e -> {
          assertThat(e.pagesFetched()).isEqualTo(100_000);
          assertThat(e.listing()).isEqualTo("listing");
          assertThat(e).hasMessageContaining("100000 pages").hasMessageContaining("maxPages");
        });
    assertThat(requests).hasValue(100_000);
    assertThat(delivered).hasValue(100_000);
  }

  @Test
  void anExplicitCapStopsEveryModeAfterThatManyPages() {
    for (UnaryOperator<PagedIterable<String>> mode : modes()) {
      AtomicLong requests = new AtomicLong();
      PagedIterable<String> listing =
          PAGING.cursor(cursor -> PageResult.of(List.of("p" + requests.getAndIncrement()), null, "c" + requests.get()));
      List<String> seen = new ArrayList<>();
      Throwable failure = catchThrowable(() -> mode.apply(listing).maxPages(5).forEach(seen::add));

      assertThat(failure).isInstanceOfSatisfying(PageLimitExceededException.class, e -> assertThat(e.pagesFetched()).isEqualTo(5));
      assertThat(seen).containsExactly("p0", "p1", "p2", "p3", "p4");
      assertThat(requests).hasValue(5);
    }
  }

  @Test
  void theDefaultCapFollowsTheFirstPagesTotal() {
    // The first page says 3 items in pages of 1: the cap is 2 x 3 + 10 = 16 pages, however the
    // total changes afterwards.
    AtomicLong requests = new AtomicLong();
    PagedIterable<String> listing =
        PAGING.cursor(cursor -> {
          long n = requests.getAndIncrement();
          return PageResult.of(List.of("p" + n), n == 0 ? 3L : 1_000_000L + n, "c" + (n + 1));
        });
    Throwable failure = catchThrowable(listing::toList);

    assertThat(failure).isInstanceOfSatisfying(PageLimitExceededException.class, e -> assertThat(e.pagesFetched()).isEqualTo(16));
    assertThat(requests).hasValue(16);
  }

  @Test
  void aListingThatEndsWithinItsCapIsUnaffected() {
    PagedIterable<Integer> listing = PAGING.skip(10, (size, skip) -> numbers(95, size, skip)).maxPages(10);
    assertThat(listing.toList()).hasSize(95);
    assertThat(listing.parallel(3, executor).toList()).hasSize(95);
    assertThat(listing.prefetch(executor).toList()).hasSize(95);
  }

  @Test
  void parallelPagingStopsAtTheCapWithTheSameException() {
    List<Integer> seen = new ArrayList<>();
    Throwable failure =
        catchThrowable(() -> PAGING.skip(10, (size, skip) -> numbers(95, size, skip)).maxPages(4).parallel(3, executor).forEach(seen::add));

    assertThat(failure).isInstanceOfSatisfying(PageLimitExceededException.class, e -> assertThat(e.pagesFetched()).isEqualTo(4));
    assertThat(seen).isEqualTo(IntStream.range(0, 40).boxed().collect(Collectors.toList()));
  }

  @Test
  void parallelPagingStepsByWhatTheServerServesWhenItServesLessThanAsked() {
    // Asked for 10 a page, the server serves at most 4: stepping by 10 would skip items.
    PagedIterable<Integer> listing = PAGING.skip(10, (size, skip) -> numbers(95, Math.min(size, 4), skip));
    assertThat(listing.parallel(3, executor).toList()).isEqualTo(IntStream.range(0, 95).boxed().collect(Collectors.toList()));
  }

  @Test
  void aCapBelowOneIsRefused() {
    assertThat(catchThrowable(() -> PAGING.single(List::of).maxPages(0))).isInstanceOf(IllegalArgumentException.class);
  }

  static PageResult<Integer> numbers(int total, int size, long skip) {
    List<Integer> items = IntStream.range((int) skip, (int) Math.min(total, skip + size)).boxed().collect(Collectors.toList());
    return PageResult.of(items, (long) total, null);
  }
}
