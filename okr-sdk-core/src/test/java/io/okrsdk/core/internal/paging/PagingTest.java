package io.okrsdk.core.internal.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.OkrException;
import io.okrsdk.core.paging.Page;
import io.okrsdk.core.paging.PagedIterable;
import io.okrsdk.core.paging.PagingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The stop rules and strategies of paging, with recorded page requests instead of a server. */
@Timeout(10)
class PagingTest {
  /** Listings as a sequential client with no page cap of its own makes them. */
  private static final Paging PAGING = new Paging(PagingMode.sequential(), 0);

  private static final HttpUrl ORIGIN = HttpUrl.get("https://api.example.com/");

  private final List<String> requests = new ArrayList<>();

  @Test
  void nothingIsFetchedBeforeIteration() {
    PagedIterable<String> listing = PAGING.single(() -> {
      requests.add("fetch");
      return List.of("a");
    });
    assertThat(requests).isEmpty();
    assertThat(listing.toList()).containsExactly("a");
    assertThat(requests).hasSize(1);
  }

  @Test
  void limitOffsetFollowsNextLinksOnTheOrigin() {
    PagedIterable<String> listing =
        PAGING.limitOffset(
            2,
            ORIGIN,
            (limit, offset) -> {
              requests.add("first " + limit + "/" + offset);
              return PageResult.of(List.of("a", "b"), 6L, "https://api.example.com/items/?limit=2&offset=2");
            },
            url -> {
              requests.add(url.toString());
              long offset = Long.parseLong(url.queryParameter("offset"));
              String next = offset + 2 < 6 ? "https://api.example.com/items/?limit=2&offset=" + (offset + 2) : null;
              return PageResult.of(List.of("i" + offset, "i" + (offset + 1)), 6L, next);
            });

    assertThat(listing.toList()).containsExactly("a", "b", "i2", "i3", "i4", "i5");
    assertThat(requests)
        .containsExactly(
            "first 2/0",
            "https://api.example.com/items/?limit=2&offset=2",
            "https://api.example.com/items/?limit=2&offset=4");
  }

  @Test
  void aRepeatedNextLinkEndsTheListing() {
    AtomicInteger calls = new AtomicInteger();
    PagedIterable<String> listing =
        PAGING.limitOffset(
            2,
            ORIGIN,
            (limit, offset) -> PageResult.of(List.of("a"), null, "https://api.example.com/items/?offset=1"),
            url -> {
              calls.incrementAndGet();
              return PageResult.of(List.of("b"), null, "https://api.example.com/items/?offset=1");
            });
    assertThat(listing.toList()).containsExactly("a", "b");
    assertThat(calls).hasValue(1);
  }

  @Test
  void aNextLinkToAnotherOriginIsNotFollowedAndTheListingGoesOnByOffset() {
    List<String> offsets = new ArrayList<>();
    PagedIterable<String> listing =
        PAGING.limitOffset(
            2,
            ORIGIN,
            (limit, offset) -> {
              offsets.add(limit + "/" + offset);
              return offset == 0
                  ? PageResult.of(List.of("a", "b"), 3L, "https://evil.example.net/items/?limit=2&offset=2&token=abc")
                  : PageResult.of(List.of("c"), 3L, null);
            },
            url -> {
              requests.add(url.toString());
              return PageResult.of(List.of("x"));
            });
    assertThat(listing.toList()).containsExactly("a", "b", "c");
    assertThat(requests).isEmpty();
    assertThat(offsets).containsExactly("2/0", "2/2");
  }

  @Test
  void aNextLinkOverPlainHttpIsAnotherOriginAndIsNotFollowed() {
    List<String> offsets = new ArrayList<>();
    PagedIterable<String> listing =
        PAGING.limitOffset(
            1,
            ORIGIN,
            (limit, offset) -> {
              offsets.add(limit + "/" + offset);
              return PageResult.of(
                  List.of("i" + offset), 3L, offset < 2 ? "http://api.example.com/items/?limit=1&offset=" + (offset + 1) : null);
            },
            url -> {
              requests.add(url.toString());
              return PageResult.of(List.of("x"));
            });
    assertThat(listing.toList()).containsExactly("i0", "i1", "i2");
    assertThat(requests).isEmpty();
    assertThat(offsets).containsExactly("1/0", "1/1", "1/2");
  }

  @Test
  void aNextLinkThatIsNotAUrlFails() {
    PagedIterable<String> listing =
        PAGING.limitOffset(
            2, ORIGIN, (limit, offset) -> PageResult.of(List.of("a"), null, "http://[::1"), url -> PageResult.of(List.of("b")));
    assertThatThrownBy(listing::toList).isInstanceOf(OkrException.class).hasMessageContaining("not a URL");
  }

  @Test
  void relativeNextLinksResolveAgainstTheOrigin() {
    PagedIterable<String> listing =
        PAGING.limitOffset(
            1,
            ORIGIN,
            (limit, offset) -> PageResult.of(List.of("a"), 2L, "/items/?offset=1"),
            url -> {
              requests.add(url.toString());
              return PageResult.of(List.of("b"), 2L, null);
            });
    assertThat(listing.toList()).containsExactly("a", "b");
    assertThat(requests).containsExactly("https://api.example.com/items/?offset=1");
  }

  @Test
  void skipPagingStopsWhenTheTotalIsReachedMidPage() {
    PagedIterable<Integer> listing =
        PAGING.skip(
            2,
            (size, skip) -> {
              requests.add(skip + "+" + size);
              // A server that ignores the size on its last page and sends more than the total.
              return skip == 4 ? PageResult.of(List.of(4, 5, 6), 5L, null) : PageResult.of(List.of((int) skip, (int) skip + 1), 5L, null);
            });
    assertThat(listing.toList()).containsExactly(0, 1, 2, 3, 4, 5, 6);
    assertThat(requests).containsExactly("0+2", "2+2", "4+2");
  }

  @Test
  void skipPagingStopsOnAnEmptyPage() {
    PagedIterable<Integer> listing =
        PAGING.skip(
            2,
            (size, skip) -> {
              requests.add("skip " + skip);
              return skip < 4 ? PageResult.of(List.of(1, 2), 100L, null) : PageResult.of(List.of(), 100L, null);
            });
    assertThat(listing.toList()).hasSize(4);
    assertThat(requests).containsExactly("skip 0", "skip 2", "skip 4");
  }

  @Test
  void skipPagingWithoutTotalStopsOnAShortPage() {
    PagedIterable<Integer> listing =
        PAGING.skip(3, (size, skip) -> {
          requests.add("skip " + skip);
          return PageResult.of(skip == 0 ? List.of(1, 2, 3) : List.of(4));
        });
    assertThat(listing.toList()).containsExactly(1, 2, 3, 4);
    assertThat(requests).containsExactly("skip 0", "skip 3");
  }

  @Test
  void cursorPagingEndsOnNullAndOnARepeatedCursor() {
    PagedIterable<String> ending =
        PAGING.cursor(cursor -> cursor == null ? PageResult.of(List.of("a"), null, "c1") : PageResult.of(List.of("b"), null, null));
    assertThat(ending.toList()).containsExactly("a", "b");

    PagedIterable<String> looping =
        PAGING.cursor(cursor -> {
          requests.add(String.valueOf(cursor));
          return PageResult.of(List.of("x"), null, cursor == null ? "c1" : "c1");
        });
    assertThat(looping.toList()).containsExactly("x", "x");
    assertThat(requests).containsExactly("null", "c1");
  }

  @Test
  void itemCapStopsWithoutFetchingFurtherPages() {
    PagedIterable<Integer> listing =
        PAGING.skip(10, (size, skip) -> {
          requests.add("skip " + skip);
          List<Integer> page = new ArrayList<>();
          for (int i = 0; i < size; i++) {
            page.add((int) skip + i);
          }
          return PageResult.of(page, 1000L, null);
        });
    assertThat(listing.limit(25).toList()).hasSize(25).endsWith(24);
    assertThat(requests).containsExactly("skip 0", "skip 10", "skip 20");
    requests.clear();
    assertThat(listing.limit(20).stream().collect(Collectors.toList())).hasSize(20);
    assertThat(requests).containsExactly("skip 0", "skip 10");
    requests.clear();
    assertThat(listing.limit(0).toList()).isEmpty();
    assertThat(requests).isEmpty();
  }

  @Test
  void eachIteratorStartsAfreshAndPagesAreNumbered() {
    PagedIterable<Integer> listing =
        PAGING.skip(2, (size, skip) -> PageResult.of(skip < 4 ? List.of(1, 2) : List.of(), 4L, null));
    assertThat(listing.toList()).hasSize(4);
    assertThat(listing.toList()).hasSize(4);
    List<Page<Integer>> pages = new ArrayList<>();
    listing.pages().forEach(pages::add);
    assertThat(pages).extracting(Page::number).containsExactly(0, 1);
    assertThat(pages.get(0).totalCount()).hasValue(4);
  }

  @Test
  void pageErrorsSurfaceFromIteration() {
    PagedIterable<Integer> listing =
        PAGING.skip(2, (size, skip) -> {
          if (skip > 0) {
            throw new OkrException("page failed");
          }
          return PageResult.of(List.of(1, 2), 10L, null);
        });
    List<Integer> seen = new ArrayList<>();
    assertThatThrownBy(() -> listing.forEach(seen::add)).hasMessage("page failed");
    assertThat(seen).containsExactly(1, 2);
  }

  @Test
  void invalidPageSizesAreRefused() {
    assertThatThrownBy(() -> PAGING.skip(0, (s, k) -> PageResult.of(List.of()))).hasMessageContaining("pageSize");
    assertThatThrownBy(() -> PAGING.single(() -> List.of()).limit(-1)).hasMessageContaining("maxItems");
  }
}
