package io.okrsdk.core.internal.paging;

import java.util.concurrent.Executor;

/**
 * Fetches page n+1 in the background while the caller consumes page n, so a slow consumer and a
 * slow server overlap. Pages still come in order, one request in flight at a time; nothing is
 * prefetched past the item cap or the listing's end.
 *
 * <p>A failed background request is thrown once; the next call fetches the same page again (the
 * walk did not move), so iteration can go on after the caller handled the failure.
 */
final class PrefetchingPageStream<T> implements PageStream<T> {
  private final PageWalker<T, ?> walker;
  private final Executor executor;
  private final long maxItems;
  private long delivered;
  private BackgroundFetch<T> pending;
  private volatile boolean closed;

  PrefetchingPageStream(PageWalker<T, ?> walker, Executor executor, long maxItems) {
    this.walker = walker;
    this.executor = executor;
    this.maxItems = maxItems;
  }

  @Override
  public PageResult<T> next() {
    if (closed) {
      return null;
    }
    PageResult<T> page;
    BackgroundFetch<T> fetch = pending;
    if (fetch != null) {
      try {
        page = fetch.await();
      } finally {
        // On failure the walk stays at the failed page: the next call requests it again, in line.
        // A wait that was interrupted leaves the request running, to be waited for again.
        if (fetch.isDone() && pending == fetch) {
          pending = null;
        }
      }
    } else {
      page = walker.next();
    }
    if (page == null || closed) {
      closed = true;
      return null;
    }
    delivered += page.items().size();
    if (delivered < maxItems && !walker.isDone()) {
      pending = BackgroundFetch.start(executor, walker::next);
    }
    return page;
  }

  @Override
  public void close() {
    closed = true;
    BackgroundFetch<T> fetch = pending;
    pending = null;
    if (fetch != null) {
      fetch.cancel();
    }
    walker.calls().cancel();
  }
}
