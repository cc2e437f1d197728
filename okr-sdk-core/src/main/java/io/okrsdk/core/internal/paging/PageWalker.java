package io.okrsdk.core.internal.paging;

import io.okrsdk.core.PageLimitExceededException;
import java.util.HashSet;
import java.util.Set;

/**
 * One walk over the pages of a listing, with the stop rules every strategy and every fetching mode
 * shares: an empty page, a known total reached, or a continuation that is missing or was seen
 * before (a server that repeats itself must not make the SDK loop forever); and the page cap, which
 * ends a continuation that changes forever with {@link PageLimitExceededException}.
 *
 * <p>A failed page request leaves the walk where it was: the next call of {@link #next()} fetches
 * the same page again. The walk may be advanced from different threads, one call at a time.
 *
 * @param <T> the item type
 * @param <K> how a strategy names a page (an offset, a link, a cursor)
 */
abstract class PageWalker<T, K> {
  /** The page cap of a listing whose API reports no total. */
  static final long DEFAULT_MAX_PAGES = 100_000;

  private final Set<K> seen = new HashSet<>();
  private final CallScope calls = new CallScope();
  private long maxPages;
  private long derivedMaxPages = DEFAULT_MAX_PAGES;
  private K nextKey;
  private long delivered;
  private long pagesFetched;
  private boolean done;

  PageWalker(K firstKey) {
    this.nextKey = firstKey;
  }

  /**
   * Whether repeats are found by remembering every key. Strategies whose keys only grow (offsets)
   * say no and stop when a key would not advance, so a long listing keeps no per-page state.
   */
  boolean remembersKeys() {
    return true;
  }

  /** Fetches the page named by {@code key}. */
  abstract PageResult<T> fetch(K key);

  /** The key of the page after {@code result}, or {@code null} when the strategy sees no more. */
  abstract K keyAfter(K key, PageResult<T> result, long deliveredSoFar);

  /**
   * Sets the page cap; 0 derives it from the first page's total (twice the pages it implies at the
   * first page's size, plus 10) or uses {@link #DEFAULT_MAX_PAGES} when there is no total.
   */
  final PageWalker<T, K> maxPages(long maxPages) {
    this.maxPages = maxPages;
    return this;
  }

  /** The HTTP calls of this walk, for cancelling them and naming the listing. */
  final CallScope calls() {
    return calls;
  }

  /** Whether the listing is known to be done (the next call of {@link #next()} gives null). */
  final synchronized boolean isDone() {
    return done;
  }

  /** Pages fetched so far by this walk. */
  final synchronized long pagesFetched() {
    return pagesFetched;
  }

  /** The page cap in force: the explicit one, or the one derived from the first page. */
  final synchronized long pageCap() {
    return maxPages > 0 ? maxPages : derivedMaxPages;
  }

  /**
   * Fails when the listing wants page number {@code pagesSoFar + 1} but has reached its cap.
   *
   * @throws PageLimitExceededException when the cap is reached
   */
  final void checkCap(long pagesSoFar) {
    if (pagesSoFar >= pageCap()) {
      throw new PageLimitExceededException(calls.listing(), pagesSoFar);
    }
  }

  /**
   * Takes a page fetched outside the walk (parallel fetching by offset), in listing order, as if
   * the walk had fetched it: the same cap, counts and stop rules. The first page is always fetched
   * by the walk itself.
   *
   * @throws PageLimitExceededException when the page cap was already reached
   */
  final synchronized void advance(PageResult<T> result) {
    if (done) {
      return;
    }
    checkCap(pagesFetched);
    record(nextKey, result);
  }

  /** Runs a page request with this walk's call scope on the current thread. */
  final PageResult<T> request(java.util.function.Supplier<PageResult<T>> request) {
    return PageCalls.within(calls, request);
  }

  /**
   * The next page, or {@code null} when the listing is done.
   *
   * @throws PageLimitExceededException when the page cap is reached before the listing's end
   */
  final synchronized PageResult<T> next() {
    if (done) {
      return null;
    }
    checkCap(pagesFetched);
    K key = nextKey;
    PageResult<T> result = request(() -> fetch(key));
    record(key, result);
    return result;
  }

  /** The stop rules, applied to the page {@code key} named, whoever fetched it. */
  private void record(K key, PageResult<T> result) {
    if (remembersKeys()) {
      seen.add(key);
    }
    if (pagesFetched == 0) {
      derivedMaxPages = derivedCap(result);
    }
    pagesFetched++;
    delivered += result.items().size();
    K following = result.items().isEmpty() ? null : keyAfter(key, result, delivered);
    boolean totalReached = result.total().isPresent() && delivered >= result.total().getAsLong();
    if (following == null || totalReached || (remembersKeys() && seen.contains(following))) {
      done = true;
    } else {
      nextKey = following;
    }
  }

  private static long derivedCap(PageResult<?> first) {
    int size = first.items().size();
    if (first.total().isEmpty() || size == 0) {
      return DEFAULT_MAX_PAGES;
    }
    long total = Math.max(0, first.total().getAsLong());
    long pages = total / size + (total % size == 0 ? 0 : 1);
    // Twice the pages the total implies, plus 10: room for a listing that grows while it is read.
    return pages > (Long.MAX_VALUE - 10) / 2 ? Long.MAX_VALUE : pages * 2 + 10;
  }
}
