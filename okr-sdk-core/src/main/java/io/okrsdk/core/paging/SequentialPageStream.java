package io.okrsdk.core.paging;

/** Fetches each page on the caller's thread when it is asked for: what most SDKs do. */
final class SequentialPageStream<T> implements PageStream<T> {
  private final PageWalker<T, ?> walker;

  SequentialPageStream(PageWalker<T, ?> walker) {
    this.walker = walker;
  }

  @Override
  public PageResult<T> next() {
    return walker.next();
  }

  @Override
  public void close() {}
}
