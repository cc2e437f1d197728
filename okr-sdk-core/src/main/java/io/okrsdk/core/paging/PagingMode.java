package io.okrsdk.core.paging;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * How a listing fetches its pages: one at a time (the default), prefetching the next page, or
 * several at once when the total is known. A client's builder sets the mode of every listing the
 * client returns ({@code paging(...)}); {@link PagedIterable#sequential()}, {@link
 * PagedIterable#prefetch(Executor)} and {@link PagedIterable#parallel(int, Executor)} change it for
 * one listing, and {@link PagedIterable#pagingMode()} tells the mode in force.
 */
public final class PagingMode {
  /** The three ways to fetch pages. */
  public enum Style {
    /** Each page is fetched when the caller reaches it. */
    SEQUENTIAL,
    /** The next page is fetched while the caller consumes the current one. */
    PREFETCH,
    /** Several pages are fetched at once when the first page tells the total. */
    PARALLEL
  }

  private static final PagingMode SEQUENTIAL = new PagingMode(Style.SEQUENTIAL, 1, null);

  private final Style style;
  private final int concurrency;
  private final @Nullable Executor executor;

  private PagingMode(Style style, int concurrency, @Nullable Executor executor) {
    this.style = style;
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
    return new PagingMode(Style.PREFETCH, 1, Objects.requireNonNull(executor, "executor"));
  }

  /**
   * Up to {@code concurrency} pages are fetched at once on {@code executor} once the first page
   * has told the total; listings whose pages cannot be addressed by offset prefetch instead.
   *
   * @param concurrency the most page requests in flight, at least 1
   * @param executor where pages are fetched
   * @return the mode
   */
  public static PagingMode parallel(int concurrency, Executor executor) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
    }
    return new PagingMode(Style.PARALLEL, concurrency, Objects.requireNonNull(executor, "executor"));
  }

  /**
   * Which of the three ways this is.
   *
   * @return the style
   */
  public Style style() {
    return style;
  }

  /**
   * The most page requests in flight at once: 1 unless the style is {@link Style#PARALLEL}.
   *
   * @return the concurrency, at least 1
   */
  public int concurrency() {
    return concurrency;
  }

  /**
   * Where pages are fetched ahead of the caller; empty for {@link Style#SEQUENTIAL}, which fetches
   * on the caller's thread.
   *
   * @return the executor, if any
   */
  public Optional<Executor> executor() {
    return Optional.ofNullable(executor);
  }

  /**
   * Two modes are equal when they have the same style, concurrency and executor.
   *
   * @param other the other object
   * @return whether they are equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof PagingMode)) {
      return false;
    }
    PagingMode that = (PagingMode) other;
    return style == that.style && concurrency == that.concurrency && executor == that.executor;
  }

  @Override
  public int hashCode() {
    return Objects.hash(style, concurrency, System.identityHashCode(executor));
  }

  @Override
  public String toString() {
    switch (style) {
      case PREFETCH:
        return "prefetch";
      case PARALLEL:
        return "parallel(" + concurrency + ")";
      default:
        return "sequential";
    }
  }
}
