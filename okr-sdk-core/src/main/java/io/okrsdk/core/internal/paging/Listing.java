package io.okrsdk.core.internal.paging;

import io.okrsdk.core.paging.Page;
import io.okrsdk.core.paging.PagedIterable;
import io.okrsdk.core.paging.PagedIterator;
import io.okrsdk.core.paging.PagingMode;
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
import org.jspecify.annotations.Nullable;

/**
 * The one implementation of {@link PagedIterable}: a listing's page walks (a {@link PageWalker}
 * per iteration, with the stop rules every mode shares) fetched in a {@link PagingMode}. Made only
 * by {@link Paging}, which applies the client's mode and page cap.
 *
 * @param <T> the item type
 */
final class Listing<T> implements PagedIterable<T> {

  /**
   * Closes the page streams of iterators the caller dropped without closing them (a {@code break}
   * out of a for-each loop), so their requests in flight are cancelled rather than left running.
   * One daemon thread for the SDK, started on first use by a prefetching or parallel iterator.
   */
  private static final class Abandoned {
    static final Cleaner CLEANER = Cleaner.create();
  }

  private final Supplier<PageWalker<T, ?>> walks;
  private final @Nullable IndexedPages<T> indexed;
  private final long maxItems;
  private final long maxPages;
  private final PagingMode mode;

  Listing(
      Supplier<PageWalker<T, ?>> walks,
      @Nullable IndexedPages<T> indexed,
      long maxItems,
      long maxPages,
      PagingMode mode) {
    this.walks = walks;
    this.indexed = indexed;
    this.maxItems = maxItems;
    this.maxPages = maxPages;
    // Parallel fetching needs pages addressable by offset; a cursor listing prefetches instead.
    this.mode =
        mode.style() == PagingMode.Style.PARALLEL && indexed == null
            ? PagingMode.prefetch(mode.executor().orElseThrow())
            : mode;
  }

  @Override
  public PagedIterable<T> limit(long maxItems) {
    if (maxItems < 0) {
      throw new IllegalArgumentException("maxItems must be 0 or more, was " + maxItems);
    }
    return new Listing<>(walks, indexed, Math.min(maxItems, this.maxItems), maxPages, mode);
  }

  @Override
  public PagedIterable<T> maxPages(long maxPages) {
    if (maxPages < 1) {
      throw new IllegalArgumentException("maxPages must be at least 1, was " + maxPages);
    }
    return new Listing<>(walks, indexed, maxItems, maxPages, mode);
  }

  @Override
  public PagingMode pagingMode() {
    return mode;
  }

  @Override
  public PagedIterable<T> sequential() {
    return new Listing<>(walks, indexed, maxItems, maxPages, PagingMode.sequential());
  }

  @Override
  public PagedIterable<T> prefetch(Executor executor) {
    return new Listing<>(walks, indexed, maxItems, maxPages, PagingMode.prefetch(executor));
  }

  @Override
  public PagedIterable<T> parallel(int concurrency, Executor executor) {
    return new Listing<>(walks, indexed, maxItems, maxPages, PagingMode.parallel(concurrency, executor));
  }

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

  @Override
  public Iterable<Page<T>> pages() {
    return () -> {
      PageIterator<T> pages = openPages();
      PagedPageIterator<T> iterator = new PagedPageIterator<>(pages);
      abandonable(iterator, pages);
      return iterator;
    };
  }

  @Override
  public Stream<T> stream() {
    PagedIterator<T> iterator = iterator();
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(iterator::close);
  }

  @Override
  public List<T> toList() {
    List<T> all = new ArrayList<>();
    try (PagedIterator<T> iterator = iterator()) {
      iterator.forEachRemaining(all::add);
    }
    return Collections.unmodifiableList(all);
  }

  @Override
  public CompletableFuture<List<T>> toListAsync(Executor executor) {
    return CompletableFuture.supplyAsync(this::toList, executor);
  }

  private PageIterator<T> openPages() {
    PageWalker<T, ?> walker = walks.get().maxPages(maxPages);
    PageStream<T> stream;
    switch (mode.style()) {
      case PREFETCH:
        stream = new PrefetchingPageStream<>(walker, mode.executor().orElseThrow(), maxItems);
        break;
      case PARALLEL:
        stream =
            new ParallelPageStream<>(
                walker, Objects.requireNonNull(indexed), mode.executor().orElseThrow(), mode.concurrency(), maxItems);
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
    if (mode.style() != PagingMode.Style.SEQUENTIAL) {
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
