package io.okrsdk.core.paging;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;

/**
 * Fetches up to {@code concurrency} pages at once when the first page tells the total, and still
 * hands them out in order. Without a total it falls back to one page after another.
 *
 * <p>Stops on an empty page (cancelling what is in flight), never requests past the total or the
 * item cap, and surfaces the first failure in listing order.
 */
final class ParallelPageStream<T> implements PageStream<T> {
  private final IndexedPages<T> pages;
  private final Executor executor;
  private final int concurrency;
  private final long maxItems;
  private final Deque<BackgroundFetch<T>> inFlight = new ArrayDeque<>();
  private long pageCount = -1;
  private long nextIndex = 1;
  private long sequentialOffset;
  private boolean lastPageFull;
  private boolean started;
  private boolean closed;

  ParallelPageStream(IndexedPages<T> pages, Executor executor, int concurrency, long maxItems) {
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
      started = true;
      // A local, not a field: the first page must not stay reachable for the whole iteration.
      PageResult<T> first = pages.request.fetch(pages.pageSize, 0);
      if (first.items().isEmpty()) {
        close();
        return first;
      }
      if (first.total().isPresent()) {
        long wanted = Math.min(first.total().getAsLong(), maxItems);
        pageCount = (wanted + pages.pageSize - 1) / pages.pageSize;
      }
      sequentialOffset = first.items().size();
      lastPageFull = first.items().size() >= pages.pageSize;
      fill();
      return first;
    }
    if (pageCount < 0) {
      return nextWithoutTotal();
    }
    BackgroundFetch<T> head = inFlight.poll();
    if (head == null) {
      closed = true;
      return null;
    }
    PageResult<T> page;
    try {
      page = head.await();
    } catch (RuntimeException | Error e) {
      close();
      throw e;
    }
    if (page.items().isEmpty()) {
      close();
      return null;
    }
    fill();
    return page;
  }

  private void fill() {
    while (pageCount > 0 && inFlight.size() < concurrency && nextIndex < pageCount) {
      long offset = nextIndex * pages.pageSize;
      inFlight.add(BackgroundFetch.start(executor, () -> pages.request.fetch(pages.pageSize, offset)));
      nextIndex++;
    }
  }

  private PageResult<T> nextWithoutTotal() {
    if (!lastPageFull || sequentialOffset >= maxItems) {
      closed = true;
      return null;
    }
    PageResult<T> page = pages.request.fetch(pages.pageSize, sequentialOffset);
    sequentialOffset += page.items().size();
    lastPageFull = page.items().size() >= pages.pageSize;
    if (page.items().isEmpty()) {
      closed = true;
      return null;
    }
    return page;
  }

  @Override
  public void close() {
    closed = true;
    BackgroundFetch<T> fetch;
    while ((fetch = inFlight.poll()) != null) {
      fetch.cancel();
    }
  }
}
