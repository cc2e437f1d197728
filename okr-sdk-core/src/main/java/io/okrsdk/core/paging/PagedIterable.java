package io.okrsdk.core.paging;

import io.okrsdk.core.CheckReturnValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A listing that fetches its pages lazily, as the caller iterates.
 *
 * <ul>
 *   <li>Nothing is requested until iteration begins; each {@link #iterator()} starts afresh from
 *       the first page, with the same query.
 *   <li>{@link #stream()} and {@link #pages()} give the same items as a stream or page by page.
 *   <li>{@link #limit(long)} caps the number of items, independently of the page size; no page
 *       is fetched once the cap is reached.
 *   <li>Iteration stops on an empty page, when a known total is reached, and when the server's
 *       continuation (next link, offset or cursor) does not advance or repeats.
 *   <li>By default each page is fetched when the caller reaches it. {@link #prefetch(Executor)}
 *       fetches the next page while the caller works on the current one; {@link #parallel(int,
 *       Executor)} fetches several pages at once when the total is known. Items always come in
 *       listing order.
 * </ul>
 *
 * <p>Instances are immutable and may be iterated by several threads at once, each with its own
 * iterator. A failed page request throws the SDK's exception from {@code hasNext()} / {@code
 * next()}.
 *
 * @param <T> the item type
 */
public final class PagedIterable<T> implements Iterable<T> {
  private enum Mode {
    SEQUENTIAL,
    PREFETCH,
    PARALLEL
  }

  private final Supplier<PageWalker<T, ?>> walks;
  private final IndexedPages<T> indexed;
  private final long maxItems;
  private final Mode mode;
  private final int concurrency;
  private final Executor executor;

  PagedIterable(Supplier<PageWalker<T, ?>> walks, IndexedPages<T> indexed, long maxItems) {
    this(walks, indexed, maxItems, Mode.SEQUENTIAL, 1, null);
  }

  private PagedIterable(
      Supplier<PageWalker<T, ?>> walks,
      IndexedPages<T> indexed,
      long maxItems,
      Mode mode,
      int concurrency,
      Executor executor) {
    this.walks = walks;
    this.indexed = indexed;
    this.maxItems = maxItems;
    this.mode = mode;
    this.concurrency = concurrency;
    this.executor = executor;
  }

  /**
   * The same listing, stopping after at most {@code maxItems} items.
   *
   * @param maxItems the cap, at least 0
   * @return a new iterable
   */
  @CheckReturnValue
  public PagedIterable<T> limit(long maxItems) {
    if (maxItems < 0) {
      throw new IllegalArgumentException("maxItems must be 0 or more, was " + maxItems);
    }
    return new PagedIterable<>(walks, indexed, Math.min(maxItems, this.maxItems), mode, concurrency, executor);
  }

  /**
   * The same listing, fetching each page only when the caller reaches it (the default).
   *
   * @return a new iterable
   */
  @CheckReturnValue
  public PagedIterable<T> sequential() {
    return new PagedIterable<>(walks, indexed, maxItems, Mode.SEQUENTIAL, 1, null);
  }

  /**
   * The same listing, fetching the next page on {@code executor} while the caller consumes the
   * current one. One request is in flight at a time; nothing is fetched past the item cap.
   *
   * @param executor where the next page is fetched (for example the caller's own pool)
   * @return a new iterable
   */
  @CheckReturnValue
  public PagedIterable<T> prefetch(Executor executor) {
    return new PagedIterable<>(walks, indexed, maxItems, Mode.PREFETCH, 1, Objects.requireNonNull(executor, "executor"));
  }

  /**
   * The same listing, fetching up to {@code concurrency} pages at once on {@code executor} once the
   * first page has told the total, and handing items out in order. Listings whose pages cannot be
   * addressed by offset (cursor paging) prefetch instead. If the data changes while pages are
   * fetched, items may be seen twice or missed, as with any offset paging.
   *
   * @param concurrency the most page requests in flight, at least 1
   * @param executor where pages are fetched
   * @return a new iterable
   */
  @CheckReturnValue
  public PagedIterable<T> parallel(int concurrency, Executor executor) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
    }
    Objects.requireNonNull(executor, "executor");
    if (indexed == null) {
      return prefetch(executor);
    }
    return new PagedIterable<>(walks, indexed, maxItems, Mode.PARALLEL, concurrency, executor);
  }

  /**
   * An iterator over the items; close it to stop early and cancel page requests in flight.
   *
   * @return a new iterator starting at the first page
   */
  @Override
  public PagedIterator<T> iterator() {
    PageIterator<T> pages = new PageIterator<>(openStream(), maxItems);
    return new PagedIterator<T>() {
      private Iterator<T> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext()) {
          if (!pages.hasNext()) {
            return false;
          }
          current = pages.next().items().iterator();
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }

      @Override
      public void close() {
        pages.close();
      }
    };
  }

  /**
   * The listing page by page, each iteration starting afresh.
   *
   * @return the pages
   */
  @CheckReturnValue
  public Iterable<Page<T>> pages() {
    return () -> new PageIterator<>(openStream(), maxItems);
  }

  /**
   * The items as a sequential, lazy stream. Closing the stream cancels page requests in flight.
   *
   * @return the stream
   */
  @CheckReturnValue
  public Stream<T> stream() {
    PagedIterator<T> iterator = iterator();
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(iterator::close);
  }

  /**
   * Fetches every item (up to the cap) into a list.
   *
   * @return the items
   */
  @CheckReturnValue
  public List<T> toList() {
    List<T> all = new ArrayList<>();
    try (PagedIterator<T> iterator = iterator()) {
      iterator.forEachRemaining(all::add);
    }
    return Collections.unmodifiableList(all);
  }

  /**
   * Fetches every item (up to the cap) on the given executor.
   *
   * @param executor where the pages are fetched
   * @return a future of the items, completed exceptionally with the SDK's exception on failure
   */
  @CheckReturnValue
  public CompletableFuture<List<T>> toListAsync(Executor executor) {
    return CompletableFuture.supplyAsync(this::toList, executor);
  }

  private PageStream<T> openStream() {
    switch (mode) {
      case PREFETCH:
        return new PrefetchingPageStream<>(walks.get(), executor, maxItems);
      case PARALLEL:
        return new ParallelPageStream<>(indexed, executor, concurrency, maxItems);
      default:
        return new SequentialPageStream<>(walks.get());
    }
  }

  /** Numbers pages, applies the item cap, and skips empty pages. */
  private static final class PageIterator<T> implements Iterator<Page<T>>, AutoCloseable {
    private final PageStream<T> stream;
    private final long maxItems;
    private long delivered;
    private int number;
    private Page<T> ready;
    private boolean finished;

    PageIterator(PageStream<T> stream, long maxItems) {
      this.stream = stream;
      this.maxItems = maxItems;
    }

    @Override
    public boolean hasNext() {
      while (ready == null && !finished) {
        if (delivered >= maxItems) {
          close();
          break;
        }
        PageResult<T> result = stream.next();
        if (result == null) {
          close();
          break;
        }
        List<T> items = result.items();
        if (items.size() > maxItems - delivered) {
          items = items.subList(0, (int) (maxItems - delivered));
        }
        if (items.isEmpty()) {
          continue;
        }
        delivered += items.size();
        ready = new Page<>(number++, items, result.total());
      }
      return ready != null;
    }

    @Override
    public Page<T> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Page<T> page = ready;
      ready = null;
      return page;
    }

    @Override
    public void close() {
      finished = true;
      stream.close();
    }
  }
}
