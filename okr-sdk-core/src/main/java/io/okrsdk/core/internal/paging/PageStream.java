package io.okrsdk.core.internal.paging;


/**
 * The raw pages of one iteration, fetched one way or another (in line, prefetched, in parallel).
 * {@link #next()} gives pages in listing order and {@code null} when the listing is done.
 */
interface PageStream<T> extends AutoCloseable {
  /** The next page, or {@code null} when done; throws the SDK's exception on failure. */
  PageResult<T> next();

  /** Stops fetching; outstanding background requests are cancelled. Idempotent. */
  @Override
  void close();
}
