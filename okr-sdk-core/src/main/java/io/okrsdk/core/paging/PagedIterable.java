package io.okrsdk.core.paging;

import io.okrsdk.core.CheckReturnValue;
import io.okrsdk.core.PageLimitExceededException;
import java.lang.ref.Cleaner;
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
 *       continuation (next link, offset or cursor) does not advance or repeats; the first page's
 *       own position counts as seen. A continuation that changes without end meets the page cap
 *       ({@link #maxPages(long)}) and ends in {@link PageLimitExceededException}.
 *   <li>By default each page is fetched when the caller reaches it. {@link #prefetch(Executor)}
 *       fetches the next page while the caller works on the current one; {@link #parallel(int,
 *       Executor)} fetches several pages at once when the total is known. Items always come in
 *       listing order.
 * </ul>
 *
 * <p>Instances are immutable and may be iterated by several threads at once, each with its own
 * iterator. A failed page request throws the SDK's exception from {@code hasNext()} / {@code
 * next()}; the iterator stays usable, and calling it again requests the failed page again, in
 * every fetching mode, so a caller can retry after a transient failure without losing or repeating
 * items. An iterator never ends early without saying so: it reports no more items only when the
 * listing's stop rules say so, the item cap is reached, or the caller closed it.
 *
 * <p>Closing an iterator (or the stream of {@link #stream()}) cancels its HTTP calls in flight, so
 * the executor's threads and the connections are free at once; a prefetching or parallel iterator
 * dropped without closing is closed the same way once it is garbage collected.
 *
 * @param <T> the item type
 */
public final class PagedIterable<T> implements Iterable<T> {
  private enum Mode {
    SEQUENTIAL,
    PREFETCH,
    PARALLEL
  }

  /**
   * Closes the page streams of iterators the caller dropped without closing them (a {@code break}
   * out of a for-each loop), so their requests in flight are cancelled rather than left running.
   * One daemon thread for the SDK, started on first use by a prefetching or parallel iterator.
   */
  private static final class Abandoned {
    static final Cleaner CLEANER = Cleaner.create();
  }

  private final Supplier<PageWalker<T, ?>> walks;
  private final IndexedPages<T> indexed;
  private final long maxItems;
  private final long maxPages;
  private final Mode mode;
  private final int concurrency;
  private final Executor executor;

  PagedIterable(Supplier<PageWalker<T, ?>> walks, IndexedPages<T> indexed, long maxItems) {
    this(walks, indexed, maxItems, 0, Mode.SEQUENTIAL, 1, null);
  }

  private PagedIterable(
      Supplier<PageWalker<T, ?>> walks,
      IndexedPages<T> indexed,
      long maxItems,
      long maxPages,
      Mode mode,
      int concurrency,
      Executor executor) {
    this.walks = walks;
    this.indexed = indexed;
    this.maxItems = maxItems;
    this.maxPages = maxPages;
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
    return new PagedIterable<>(walks, indexed, Math.min(maxItems, this.maxItems), maxPages, mode, concurrency, executor);
  }

  /**
   * The same listing with a page cap: an iteration that would fetch more than {@code maxPages}
   * pages throws {@link PageLimitExceededException} instead (after delivering the items of the
   * pages before). Without it the cap is derived from the first page's total count (twice the
   * pages it implies at the first page's size, plus 10), or is 100,000 pages when the API reports
   * no total. A client sets its own default with the builder's {@code maxPages(...)}.
   *
   * @param maxPages the most pages one iteration fetches, at least 1
   * @return a new iterable
   */
  public PagedIterable<T> maxPages(long maxPages) {
    if (maxPages < 1) {
      throw new IllegalArgumentException("maxPages must be at least 1, was " + maxPages);
    }
    return new PagedIterable<>(walks, indexed, maxItems, maxPages, mode, concurrency, executor);
  }

  /**
   * The same listing, fetching each page only when the caller reaches it (the default).
   *
   * @return a new iterable
   */
  @CheckReturnValue
  public PagedIterable<T> sequential() {
    return new PagedIterable<>(walks, indexed, maxItems, maxPages, Mode.SEQUENTIAL, 1, null);
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
    return new PagedIterable<>(
        walks, indexed, maxItems, maxPages, Mode.PREFETCH, 1, Objects.requireNonNull(executor, "executor"));
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
    return new PagedIterable<>(walks, indexed, maxItems, maxPages, Mode.PARALLEL, concurrency, executor);
  }

  /**
   * An iterator over the items; close it to stop early and cancel page requests in flight.
   *
   * @return a new iterator starting at the first page
   */
  @Override
  public PagedIterator<T> iterator() {
    PageIterator<T> pages = openPages();
    PagedIterator<T> iterator = new PagedIterator<T>() {
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
        // Closed means done: the rest of the current page is not handed out either.
        current = Collections.emptyIterator();
        pages.close();
      }
    };
    abandonable(iterator, pages);
    return iterator;
  }

  /**
   * The listing page by page, each iteration starting afresh. Its iterators are {@link
   * PagedIterator}s: close one to stop early and cancel page requests in flight.
   *
   * @return the pages
   */
  @CheckReturnValue
  public Iterable<Page<T>> pages() {
    return () -> {
      PageIterator<T> pages = openPages();
      PagedPageIterator<T> iterator = new PagedPageIterator<>(pages);
      abandonable(iterator, pages);
      return iterator;
    };
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

  private PageIterator<T> openPages() {
    PageWalker<T, ?> walker = walks.get().maxPages(maxPages);
    PageStream<T> stream;
    switch (mode) {
      case PREFETCH:
        stream = new PrefetchingPageStream<>(walker, executor, maxItems);
        break;
      case PARALLEL:
        stream = new ParallelPageStream<>(walker, indexed, executor, concurrency, maxItems);
        break;
      default:
        stream = new SequentialPageStream<>(walker);
    }
    return new PageIterator<>(stream, maxItems);
  }

  /**
   * Background fetching goes on without the caller: when the caller drops such an iterator without
   * closing it, its stream is closed once the iterator is garbage, cancelling what is in flight.
   * The action holds the stream, never the iterator.
   */
  private void abandonable(Object iterator, PageIterator<T> pages) {
    if (mode != Mode.SEQUENTIAL) {
      pages.cleanup = Abandoned.CLEANER.register(iterator, pages.stream::close);
    }
  }

  /** The pages of {@link #pages()}, closeable like the item iterator. */
  private static final class PagedPageIterator<T> implements PagedIterator<Page<T>> {
    private final PageIterator<T> pages;

    PagedPageIterator(PageIterator<T> pages) {
      this.pages = pages;
    }

    @Override
    public boolean hasNext() {
      return pages.hasNext();
    }

    @Override
    public Page<T> next() {
      return pages.next();
    }

    @Override
    public void close() {
      pages.close();
    }
  }

  /** Numbers pages, applies the item cap, and skips empty pages. */
  private static final class PageIterator<T> implements Iterator<Page<T>>, AutoCloseable {
    private final PageStream<T> stream;
    private Cleaner.Cleanable cleanup;
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
      ready = null;
      if (cleanup != null) {
        cleanup.clean();
      } else {
        stream.close();
      }
    }
  }
}
