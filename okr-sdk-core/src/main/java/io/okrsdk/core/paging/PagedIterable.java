package io.okrsdk.core.paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
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
 * </ul>
 *
 * <p>Instances are immutable and may be iterated by several threads at once, each with its own
 * iterator. A failed page request throws the SDK's exception from {@code hasNext()} / {@code
 * next()}.
 *
 * @param <T> the item type
 */
public final class PagedIterable<T> implements Iterable<T> {
  private final Supplier<PageWalker<T, ?>> walks;
  private final long maxItems;

  PagedIterable(Supplier<PageWalker<T, ?>> walks, long maxItems) {
    this.walks = walks;
    this.maxItems = maxItems;
  }

  /**
   * The same listing, stopping after at most {@code maxItems} items.
   *
   * @param maxItems the cap, at least 0
   * @return a new iterable
   */
  public PagedIterable<T> limit(long maxItems) {
    if (maxItems < 0) {
      throw new IllegalArgumentException("maxItems must be 0 or more, was " + maxItems);
    }
    return new PagedIterable<>(walks, Math.min(maxItems, this.maxItems));
  }

  @Override
  public Iterator<T> iterator() {
    Iterator<Page<T>> pages = pages().iterator();
    return new Iterator<T>() {
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
    };
  }

  /**
   * The listing page by page, each iteration starting afresh.
   *
   * @return the pages
   */
  public Iterable<Page<T>> pages() {
    return () -> new PageIterator<>(walks.get(), maxItems);
  }

  /**
   * The items as a sequential, lazy stream.
   *
   * @return the stream
   */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /**
   * Fetches every item (up to the cap) into a list.
   *
   * @return the items
   */
  public List<T> toList() {
    List<T> all = new ArrayList<>();
    forEach(all::add);
    return List.copyOf(all);
  }

  /**
   * Fetches every item (up to the cap) on the given executor.
   *
   * @param executor where the pages are fetched
   * @return a future of the items, completed exceptionally with the SDK's exception on failure
   */
  public CompletableFuture<List<T>> toListAsync(Executor executor) {
    return CompletableFuture.supplyAsync(this::toList, executor);
  }

  private static final class PageIterator<T> implements Iterator<Page<T>> {
    private final PageWalker<T, ?> walker;
    private final long maxItems;
    private long delivered;
    private int number;
    private Page<T> ready;
    private boolean finished;

    PageIterator(PageWalker<T, ?> walker, long maxItems) {
      this.walker = walker;
      this.maxItems = maxItems;
    }

    @Override
    public boolean hasNext() {
      while (ready == null && !finished) {
        if (delivered >= maxItems) {
          finished = true;
          break;
        }
        PageResult<T> result = walker.next();
        if (result == null) {
          finished = true;
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
  }
}
