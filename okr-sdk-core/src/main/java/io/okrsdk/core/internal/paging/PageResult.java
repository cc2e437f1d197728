package io.okrsdk.core.internal.paging;

import io.okrsdk.core.OkrDecodingException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * What a platform's page request returned, in the terms paging needs: the items, the total when
 * the API reports one, and the continuation (an absolute {@code next} link or a cursor) when it
 * has one.
 *
 * @param <T> the item type
 */
public final class PageResult<T> {
  private final List<T> items;
  private final OptionalLong total;
  private final Optional<String> next;

  private PageResult(List<T> items, OptionalLong total, Optional<String> next) {
    this.items = items;
    this.total = total;
    this.next = next;
  }

  /**
   * A page result.
   *
   * @param items the page's items; {@code null} is read as an empty page
   * @param total the total for the whole listing, or {@code null} when unknown
   * @param next the continuation, or {@code null} when there is none
   * @param <T> the item type
   * @return the result
   * @throws OkrDecodingException when an item is {@code null}
   */
  public static <T> PageResult<T> of(List<T> items, @Nullable Long total, @Nullable String next) {
    if (items != null) {
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i) == null) {
          throw new OkrDecodingException("The page's item " + i + " is null; the API promises objects", null, null);
        }
      }
    }
    return new PageResult<>(
        items == null ? List.of() : items,
        total == null ? OptionalLong.empty() : OptionalLong.of(total),
        Optional.ofNullable(next).filter(text -> !text.isBlank()));
  }

  /**
   * A page result without a total or continuation.
   *
   * @param items the items
   * @param <T> the item type
   * @return the result
   */
  public static <T> PageResult<T> of(List<T> items) {
    return of(items, null, null);
  }

  List<T> items() {
    return items;
  }

  OptionalLong total() {
    return total;
  }

  Optional<String> next() {
    return next;
  }

  @Override
  public String toString() {
    return "PageResult{items=" + items.size() + ", total=" + total + ", next=" + next.isPresent() + "}";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PageResult
        && items.equals(((PageResult<?>) other).items)
        && total.equals(((PageResult<?>) other).total)
        && next.equals(((PageResult<?>) other).next);
  }

  @Override
  public int hashCode() {
    return Objects.hash(items, total, next);
  }
}
