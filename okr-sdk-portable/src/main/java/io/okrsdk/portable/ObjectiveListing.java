package io.okrsdk.portable;

import io.okrsdk.core.paging.PagedIterable;
import io.okrsdk.core.paging.PagedIterator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * A lazy listing of portable objectives over a platform's {@link PagedIterable}: each platform item
 * is mapped as the caller reaches it, so a listing of any length runs in constant memory. {@link
 * #prefetch(Executor)} and {@link #parallel(int, Executor)} fetch the platform's pages the same way
 * {@link PagedIterable} does; a client built with {@code paging(...)} applies its mode already.
 *
 * <p>Instances are immutable; each {@link #iterator()} starts afresh.
 */
public final class ObjectiveListing implements Iterable<Objective> {
  private final Mapped<?> mapped;

  private ObjectiveListing(Mapped<?> mapped) {
    this.mapped = mapped;
  }

  /**
   * A listing mapping each platform item to an objective, keeping those {@code keep} accepts.
   *
   * @param items the platform's listing
   * @param mapper maps one platform item
   * @param keep which mapped objectives to hand out
   * @param <S> the platform's item type
   * @return the listing
   */
  public static <S> ObjectiveListing of(
      PagedIterable<S> items, Function<? super S, Objective> mapper, Predicate<? super Objective> keep) {
    return new ObjectiveListing(new Mapped<>(
        Objects.requireNonNull(items, "items"), Objects.requireNonNull(mapper, "mapper"), Objects.requireNonNull(keep, "keep")));
  }

  /**
   * The same listing, fetching the platform's next page on {@code executor} while the caller works.
   *
   * @param executor where pages are fetched
   * @return a new listing
   */
  public ObjectiveListing prefetch(Executor executor) {
    return new ObjectiveListing(mapped.prefetch(executor));
  }

  /**
   * The same listing, fetching up to {@code concurrency} platform pages at once when the total is
   * known; objectives still come in listing order.
   *
   * @param concurrency the most page requests in flight, at least 1
   * @param executor where pages are fetched
   * @return a new listing
   */
  public ObjectiveListing parallel(int concurrency, Executor executor) {
    return new ObjectiveListing(mapped.parallel(concurrency, executor));
  }

  /**
   * The same listing, fetching each page when the caller reaches it.
   *
   * @return a new listing
   */
  public ObjectiveListing sequential() {
    return new ObjectiveListing(mapped.sequential());
  }

  /**
   * An iterator; close it to stop early and cancel page requests in flight.
   *
   * @return a new iterator from the first page
   */
  @Override
  public PagedIterator<Objective> iterator() {
    return mapped.iterator();
  }

  /**
   * The objectives as a lazy sequential stream; closing it cancels page requests in flight.
   *
   * @return the stream
   */
  public Stream<Objective> stream() {
    PagedIterator<Objective> iterator = iterator();
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(iterator::close);
  }

  /**
   * Fetches every objective into a list.
   *
   * @return the objectives
   */
  public List<Objective> toList() {
    List<Objective> all = new ArrayList<>();
    try (PagedIterator<Objective> iterator = iterator()) {
      iterator.forEachRemaining(all::add);
    }
    return Collections.unmodifiableList(all);
  }

  /** The platform listing with its mapping; generic so the wildcard stays inside. */
  private static final class Mapped<S> {
    final PagedIterable<S> items;
    final Function<? super S, Objective> mapper;
    final Predicate<? super Objective> keep;

    Mapped(PagedIterable<S> items, Function<? super S, Objective> mapper, Predicate<? super Objective> keep) {
      this.items = items;
      this.mapper = mapper;
      this.keep = keep;
    }

    Mapped<S> prefetch(Executor executor) {
      return new Mapped<>(items.prefetch(executor), mapper, keep);
    }

    Mapped<S> parallel(int concurrency, Executor executor) {
      return new Mapped<>(items.parallel(concurrency, executor), mapper, keep);
    }

    Mapped<S> sequential() {
      return new Mapped<>(items.sequential(), mapper, keep);
    }

    PagedIterator<Objective> iterator() {
      PagedIterator<S> source = items.iterator();
      return new PagedIterator<Objective>() {
        private @Nullable Objective ready;

        @Override
        public boolean hasNext() {
          while (ready == null && source.hasNext()) {
            Objective candidate = mapper.apply(source.next());
            if (keep.test(candidate)) {
              ready = candidate;
            }
          }
          return ready != null;
        }

        @Override
        public Objective next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          Objective next = ready;
          ready = null;
          return next;
        }

        @Override
        public void close() {
          source.close();
        }
      };
    }
  }

}
