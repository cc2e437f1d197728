package io.okrsdk.core.paging;

import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * How a client fetches the pages of its listings unless a call says otherwise: one at a time (the
 * default), prefetching the next page, or several at once when the total is known. Set per client
 * with the builder's {@code paging(...)}; change per call with {@link PagedIterable#sequential()},
 * {@link PagedIterable#prefetch(Executor)} or {@link PagedIterable#parallel(int, Executor)}.
 */
public final class PagingMode {
  private static final PagingMode SEQUENTIAL = new PagingMode(0, null);

  private final int concurrency;
  private final Executor executor;

  private PagingMode(int concurrency, Executor executor) {
    this.concurrency = concurrency;
    this.executor = executor;
  }

  /**
   * Each page is fetched when the caller reaches it.
   *
   * @return the mode
   */
  public static PagingMode sequential() {
    return SEQUENTIAL;
  }

  /**
   * The next page is fetched on {@code executor} while the caller consumes the current one.
   *
   * @param executor where pages are fetched
   * @return the mode
   */
  public static PagingMode prefetch(Executor executor) {
    return new PagingMode(1, Objects.requireNonNull(executor, "executor"));
  }

  /**
   * Up to {@code concurrency} pages are fetched at once on {@code executor} when the total is
   * known; listings without offsets prefetch instead.
   *
   * @param concurrency the most requests in flight, at least 1
   * @param executor where pages are fetched
   * @return the mode
   */
  public static PagingMode parallel(int concurrency, Executor executor) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
    }
    return new PagingMode(concurrency + 1, Objects.requireNonNull(executor, "executor"));
  }

  /**
   * Applies this mode to a listing.
   *
   * @param listing the listing as a strategy made it
   * @param <T> the item type
   * @return the listing fetching its pages this way
   */
  public <T> PagedIterable<T> applyTo(PagedIterable<T> listing) {
    if (executor == null) {
      return listing;
    }
    return concurrency == 1 ? listing.prefetch(executor) : listing.parallel(concurrency - 1, executor);
  }

  @Override
  public String toString() {
    return executor == null ? "sequential" : concurrency == 1 ? "prefetch" : "parallel(" + (concurrency - 1) + ")";
  }
}
