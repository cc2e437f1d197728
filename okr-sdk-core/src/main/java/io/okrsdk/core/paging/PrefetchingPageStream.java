package io.okrsdk.core.paging;

import java.util.concurrent.Executor;

/**
 * Fetches page n+1 in the background while the caller consumes page n, so a slow consumer and a
 * slow server overlap. Pages still come in order, one request in flight at a time; nothing is
 * prefetched past the item cap or the listing's end.
 */
final class PrefetchingPageStream<T> implements PageStream<T> {
  private final PageWalker<T, ?> walker;
  private final Executor executor;
  private final long maxItems;
  private long delivered;
  private BackgroundFetch<T> pending;
  private boolean closed;

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
    PageResult<T> page = pending != null ? pending.await() : walker.next();
    pending = null;
    if (page == null) {
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
    if (pending != null) {
      pending.cancel();
      pending = null;
    }
  }
}
