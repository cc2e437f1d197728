package io.okrsdk.core.paging;

import java.util.Iterator;

/**
 * An iterator over a listing that can be closed early. Closing cancels the HTTP calls of page
 * requests still in flight (with prefetching or parallel fetching, or a sequential request another
 * thread is waiting for), so threads and connections are free at once; afterwards {@link
 * #hasNext()} is {@code false}. Streams from {@link PagedIterable#stream()} close theirs when the
 * stream is closed. A prefetching or parallel iterator dropped without closing is closed once it
 * is garbage collected.
 *
 * <p>After an exception from {@link #hasNext()} or {@link #next()} (a failed page request) the
 * iterator can be used further: it requests the failed page again.
 *
 * @param <E> the element type
 */
public interface PagedIterator<E> extends Iterator<E>, AutoCloseable {
  /** Stops the iteration and cancels the HTTP calls of outstanding page requests. Idempotent. */
  @Override
  void close();
}
