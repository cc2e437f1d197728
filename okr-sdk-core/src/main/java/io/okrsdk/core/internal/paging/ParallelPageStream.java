package io.okrsdk.core.internal.paging;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;

/**
 * Fetches up to {@code concurrency} pages at once when the first page tells the total, and still
 * hands them out in order. The stop rules and the page cap are the listing's walk's, as in every
 * other mode: the first page, and every page of a listing without a total, comes from the walk
 * itself, and each page fetched ahead is handed to the walk ({@link PageWalker#advance}) in listing
 * order before the caller sees it. When the walk says the listing is done, what is still in flight
 * is cancelled; when a page comes back shorter than the stride, or the pages planned from the first
 * page's total are spent and the walk is not done, the walk goes on page by page from where it is.
 *
 * <p>Pages are requested by offset with the first page's size as the stride (a server that serves
 * fewer items than asked for must not make the SDK skip items), never past the total, the item cap
 * or the page cap; the first failure surfaces in listing order. A failed page is thrown once and
 * fetched again by the next call; the pages after it stay in flight.
 */
final class ParallelPageStream<T> implements PageStream<T> {
  private final PageWalker<T, ?> walker;
  private final IndexedPages<T> pages;
  /** How often a caller waiting for a slow head page starts fetches for pages behind it. */
  private static final long REFILL_CHECK_MILLIS = 20;

  private final Executor executor;
  private final int concurrency;
  private final long maxItems;
  /** Pages after the first, in listing order; a slot without a fetch is requested again. */
  private final Deque<Slot<T>> inFlight = new ArrayDeque<>();
  private long pageCount = -1;
  private int stride;
  private long nextIndex = 1;
  private boolean started;
  private volatile boolean closed;

  private static final class Slot<T> {
    final long offset;
    BackgroundFetch<T> fetch;

    Slot(long offset) {
      this.offset = offset;
    }
  }

  ParallelPageStream(PageWalker<T, ?> walker, IndexedPages<T> pages, Executor executor, int concurrency, long maxItems) {
    this.walker = walker;
    this.pages = pages;
    this.executor = executor;
    this.concurrency = concurrency;
    this.maxItems = maxItems;
  }

  @Override
  public PageResult<T> next() {
    if (closed) {
      return null;
    }
    if (!started) {
      // A local, not a field: the first page must not stay reachable for the whole iteration.
      PageResult<T> first = walker.next();
      started = true;
      if (first != null && !walker.isDone() && first.total().isPresent()) {
        long wanted = Math.min(first.total().getAsLong(), maxItems);
        stride = Math.min(pages.pageSize, first.items().size());
        pageCount = (wanted + stride - 1) / stride;
        fill();
      }
      return first;
    }
    if (pageCount < 0) {
      // No total: page after page through the walk, with its stop rules and cap.
      return walker.next();
    }
    if (walker.isDone()) {
      close();
      return null;
    }
    Slot<T> head = inFlight.peek();
    if (head == null) {
      // The planned pages are spent but the walk wants more: on through the walk, whose cap check
      // ends a listing that outgrows its cap.
      pageCount = -1;
      return walker.next();
    }
    if (head.fetch == null) {
      head.fetch = start(head.offset);
    }
    BackgroundFetch<T> fetch = head.fetch;
    while (!fetch.awaitDone(REFILL_CHECK_MILLIS)) {
      // The head is slow: keep the other fetches going meanwhile.
      fill();
    }
    PageResult<T> page;
    try {
      page = fetch.await();
    } catch (RuntimeException | Error e) {
      if (fetch.isDone()) {
        // Fetched again by the next call; the pages after it keep going.
        head.fetch = null;
      }
      throw e;
    }
    inFlight.poll();
    walker.advance(page);
    if (walker.isDone()) {
      cancelInFlight();
      return page.items().isEmpty() ? null : page;
    }
    if (page.items().size() < stride) {
      // A short page in the middle: the offsets planned from the first page are wrong from here
      // on, so the walk takes over from the position it knows.
      cancelInFlight();
      pageCount = -1;
      return page;
    }
    fill();
    return page;
  }

  /**
   * Keeps {@code concurrency} fetches running. Pages that arrived behind a slow head (one waiting
   * out a {@code Retry-After}, say) do not hold their fetch's place: up to {@code concurrency}
   * of them wait in line while the other fetches go on, so one throttled page does not idle
   * the rest.
   */
  private void fill() {
    long cap = walker.pageCap();
    while (running() < concurrency && inFlight.size() < 2 * concurrency && nextIndex < pageCount && nextIndex < cap) {
      Slot<T> slot = new Slot<>(nextIndex * stride);
      slot.fetch = start(slot.offset);
      inFlight.add(slot);
      nextIndex++;
    }
  }

  private int running() {
    int running = 0;
    for (Slot<T> slot : inFlight) {
      if (slot.fetch != null && !slot.fetch.isDone()) {
        running++;
      }
    }
    return running;
  }

  private BackgroundFetch<T> start(long offset) {
    int limit = stride;
    return BackgroundFetch.start(executor, () -> walker.request(() -> pages.request.fetch(limit, offset)));
  }

  private void cancelInFlight() {
    Slot<T> slot;
    while ((slot = inFlight.poll()) != null) {
      if (slot.fetch != null) {
        slot.fetch.cancel();
      }
    }
  }

  @Override
  public void close() {
    closed = true;
    cancelInFlight();
    walker.calls().cancel();
  }
}
