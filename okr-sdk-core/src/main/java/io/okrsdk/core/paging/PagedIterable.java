package io.okrsdk.core.paging;

import io.okrsdk.core.CheckReturnValue;
import io.okrsdk.core.PageLimitExceededException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Stream;

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
 * <p>Every listing a client returns fetches its pages in the client's {@link PagingMode} and with
 * its page cap until a method here says otherwise. Listings are made only by the SDK's clients.
 *
 * @param <T> the item type
 */
public interface PagedIterable<T> extends Iterable<T> {
  /**
   * The same listing, stopping after at most {@code maxItems} items.
   *
   * @param maxItems the cap, at least 0
   * @return a new iterable
   */
  @CheckReturnValue
  PagedIterable<T> limit(long maxItems);

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
  @CheckReturnValue
  PagedIterable<T> maxPages(long maxPages);

  /**
   * How this listing fetches its pages: the client's mode unless changed with {@link
   * #sequential()}, {@link #prefetch(Executor)} or {@link #parallel(int, Executor)}.
   *
   * @return the mode in force
   */
  PagingMode pagingMode();

  /**
   * The same listing, fetching each page only when the caller reaches it.
   *
   * @return a new iterable
   */
  @CheckReturnValue
  PagedIterable<T> sequential();

  /**
   * The same listing, fetching the next page on {@code executor} while the caller consumes the
   * current one. One request is in flight at a time; nothing is fetched past the item cap.
   *
   * @param executor where the next page is fetched (for example the caller's own pool)
   * @return a new iterable
   */
  @CheckReturnValue
  PagedIterable<T> prefetch(Executor executor);

  /**
   * The same listing, fetching up to {@code concurrency} pages at once on {@code executor} once the
   * first page has told the total, and handing items out in order. Listings whose pages cannot be
   * addressed by offset (cursor paging) prefetch instead. If the data changes while pages are
   * fetched, items may be seen twice or missed, as with any offset paging. The stop rules and the
   * page cap are the same as in every other mode.
   *
   * @param concurrency the most page requests in flight, at least 1
   * @param executor where pages are fetched
   * @return a new iterable
   */
  @CheckReturnValue
  PagedIterable<T> parallel(int concurrency, Executor executor);

  /**
   * An iterator over the items; close it to stop early and cancel page requests in flight.
   *
   * @return a new iterator starting at the first page
   */
  @Override
  PagedIterator<T> iterator();

  /**
   * The listing page by page, each iteration starting afresh. Its iterators are {@link
   * PagedIterator}s: close one to stop early and cancel page requests in flight.
   *
   * @return the pages
   */
  @CheckReturnValue
  Iterable<Page<T>> pages();

  /**
   * The items as a sequential, lazy stream. Closing the stream cancels page requests in flight.
   *
   * @return the stream
   */
  @CheckReturnValue
  Stream<T> stream();

  /**
   * Fetches every item (up to the cap) into a list.
   *
   * @return the items
   */
  @CheckReturnValue
  List<T> toList();

  /**
   * Fetches every item (up to the cap) on the given executor.
   *
   * @param executor where the pages are fetched
   * @return a future of the items, completed exceptionally with the SDK's exception on failure
   */
  @CheckReturnValue
  CompletableFuture<List<T>> toListAsync(Executor executor);
}
