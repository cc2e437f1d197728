package io.okrsdk.core.internal.paging;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;

/**
 * Fetches up to {@code concurrency} pages at once when the first page tells the total, and still
 * hands them out in order. The first page, and every page of a listing without a total, comes from
 * the listing's own walk, so the stop rules and the page cap are the walk's.
 *
 * <p>With a total, pages are requested by offset with the first page's size as the stride (a server
 * that serves fewer items than asked for must not make the SDK skip items). It stops on an empty
 * page (cancelling what is in flight), never requests past the total, the item cap or the page
 * cap, and surfaces the first failure in listing order. A failed page is thrown once and fetched
 * again by the next call; the pages after it stay in flight.
 */
final class ParallelPageStream<T> implements PageStream<T> {
  private final PageWalker<T, ?> walker;
  private final IndexedPages<T> pages;
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
    Slot<T> head = inFlight.peek();
    if (head == null) {
      if (nextIndex < pageCount) {
        walker.checkCap(nextIndex);
      }
      closed = true;
      return null;
    }
    if (head.fetch == null) {
      head.fetch = start(head.offset);
    }
    BackgroundFetch<T> fetch = head.fetch;
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
    walker.countPage();
    if (page.items().isEmpty()) {
      close();
      return null;
    }
    fill();
    return page;
  }

  private void fill() {
    long cap = walker.pageCap();
    while (inFlight.size() < concurrency && nextIndex < pageCount && nextIndex < cap) {
      Slot<T> slot = new Slot<>(nextIndex * stride);
      slot.fetch = start(slot.offset);
      inFlight.add(slot);
      nextIndex++;
    }
  }

  private BackgroundFetch<T> start(long offset) {
    int limit = stride;
    return BackgroundFetch.start(executor, () -> walker.request(() -> pages.request.fetch(limit, offset)));
  }

  @Override
  public void close() {
    closed = true;
    Slot<T> slot;
    while ((slot = inFlight.poll()) != null) {
      if (slot.fetch != null) {
        slot.fetch.cancel();
      }
    }
    walker.calls().cancel();
  }
}
