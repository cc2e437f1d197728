package io.okrsdk.core.paging;

import java.util.List;
import java.util.OptionalLong;

/**
 * One page of a listing, as {@link PagedIterable#pages()} hands it out.
 *
 * @param <T> the item type
 */
public final class Page<T> {
  private final int number;
  private final List<T> items;
  private final OptionalLong totalCount;

  /**
   * A page as a listing hands it out (also handy for tests of code that consumes pages).
   *
   * @param number the page's position in its iteration, from 0
   * @param items the page's items, copied
   * @param totalCount the listing's total, when the API reports one
   */
  public Page(int number, List<T> items, OptionalLong totalCount) {
    if (number < 0) {
      throw new IllegalArgumentException("number must be 0 or more, was " + number);
    }
    this.number = number;
    this.items = List.copyOf(items);
    this.totalCount = totalCount;
  }

  /**
   * The page's position in this iteration, from 0.
   *
   * @return the page number
   */
  public int number() {
    return number;
  }

  /**
   * The page's items, in server order (cut short when an item cap was reached).
   *
   * @return the items
   */
  public List<T> items() {
    return items;
  }

  /**
   * The total number of items the server reported for the whole listing.
   *
   * @return the total, when the API reports one
   */
  public OptionalLong totalCount() {
    return totalCount;
  }

  @Override
  public String toString() {
    return "Page{number=" + number + ", items=" + items.size() + ", totalCount=" + totalCount + "}";
  }
}
