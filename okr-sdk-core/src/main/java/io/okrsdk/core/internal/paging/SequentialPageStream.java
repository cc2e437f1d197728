package io.okrsdk.core.internal.paging;


/**
 * Fetches each page on the caller's thread when it is asked for: what most SDKs do. A failed
 * request leaves the walk at that page, so the next call fetches it again.
 */
final class SequentialPageStream<T> implements PageStream<T> {
  private final PageWalker<T, ?> walker;
  private volatile boolean closed;

  SequentialPageStream(PageWalker<T, ?> walker) {
    this.walker = walker;
  }

  @Override
  public PageResult<T> next() {
    return closed ? null : walker.next();
  }

  @Override
  public void close() {
    closed = true;
    // Another thread may close while this one waits for a page: its call is cancelled.
    walker.calls().cancel();
  }
}
