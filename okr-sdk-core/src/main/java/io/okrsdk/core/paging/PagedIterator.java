package io.okrsdk.core.paging;

import java.util.Iterator;

/**
 * An iterator over a listing that can be closed early. Closing cancels page requests still in
 * flight (with prefetching or parallel fetching); a sequential iterator has nothing to release.
 * Streams from {@link PagedIterable#stream()} close theirs when the stream is closed.
 *
 * @param <E> the element type
 */
public interface PagedIterator<E> extends Iterator<E>, AutoCloseable {
  /** Stops the iteration and cancels outstanding page requests. Idempotent. */
  @Override
  void close();
}
