package io.okrsdk.core.internal;

import io.okrsdk.core.internal.http.HeaderValues;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The argument checks every platform module makes before anything is sent: required values, ids,
 * id lists, page sizes and date windows. All of them fail with {@link IllegalArgumentException}
 * whose message names the parameter (never {@code NullPointerException}), the one policy the
 * README promises; a module that needs a check calls it here instead of writing its own.
 */
public final class Checks {
  private Checks() {}

  /**
   * Refuses null.
   *
   * @param <T> the value's type
   * @param value the value
   * @param name the parameter's name, for the message
   * @return the value
   * @throws IllegalArgumentException when it is null ({@code name is required but was null})
   */
  public static <T> T require(@Nullable T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " is required but was null");
    }
    return value;
  }

  /**
   * Refuses a null or blank text, or one that is not well-formed Unicode.
   *
   * @param value the text
   * @param name the parameter's name, for the message
   * @return the text
   * @throws IllegalArgumentException when it is null, blank or not well-formed Unicode
   */
  public static String requireText(@Nullable String value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " is required but was null");
    }
    if (value.trim().isEmpty()) {
      throw new IllegalArgumentException(name + " is required but was blank");
    }
    return HeaderValues.requireWellFormedUnicode(value, name);
  }

  /**
   * Refuses a text that is set but blank or not well-formed Unicode; null stays null.
   *
   * @param value the text, or null for unset
   * @param name the parameter's name, for the message
   * @return the text, or null
   * @throws IllegalArgumentException when it is set but blank or not well-formed Unicode
   */
  public static @Nullable String optionalText(@Nullable String value, String name) {
    return value == null ? null : requireText(value, name);
  }

  /**
   * Refuses a numeric id that is not positive.
   *
   * @param id the id
   * @param name the parameter's name, for the message
   * @return the id
   * @throws IllegalArgumentException when it is 0 or negative
   */
  public static long positiveId(long id, String name) {
    if (id <= 0) {
      throw new IllegalArgumentException(name + " must be a positive id, was " + id);
    }
    return id;
  }

  /**
   * Checks a list of text ids: the list present and not empty, every id present and not blank.
   *
   * @param ids the ids
   * @param name the parameter's name, for the message (for example {@code goalIds})
   * @return an unmodifiable copy, in the given order
   * @throws IllegalArgumentException when the list is null or empty, or an id is null or blank
   */
  public static List<String> idList(@Nullable Collection<String> ids, String name) {
    return Collections.unmodifiableList(new ArrayList<>(nonEmpty(ids, name, "id", id -> requireText(id, "an id in " + name))));
  }

  /**
   * Checks a list of items: the list present and not empty, no item null.
   *
   * @param <T> the items' type
   * @param items the items
   * @param name the parameter's name, for the message
   * @return an unmodifiable copy, in the given order
   * @throws IllegalArgumentException when the list is null or empty, or an item is null
   */
  public static <T> List<T> itemList(@Nullable Collection<T> items, String name) {
    return Collections.unmodifiableList(nonEmpty(items, name, "item", item -> require(item, "an item in " + name)));
  }

  private static <T> List<T> nonEmpty(
      @Nullable Collection<T> values, String name, String what, java.util.function.UnaryOperator<T> check) {
    require(values, name);
    if (values.isEmpty()) {
      throw new IllegalArgumentException(name + " needs at least one " + what);
    }
    List<T> checked = new ArrayList<>(values.size());
    for (T value : values) {
      checked.add(check.apply(value));
    }
    return checked;
  }

  /**
   * Checks a page size against the API's bounds.
   *
   * @param size the page size
   * @param max the largest size the API accepts
   * @param name the parameter's name, for the message
   * @return the size
   * @throws IllegalArgumentException when it is below 1 or above {@code max}
   */
  public static int pageSize(int size, int max, String name) {
    if (size < 1 || size > max) {
      throw new IllegalArgumentException(name + " must be between 1 and " + max + ", was " + size);
    }
    return size;
  }

  /**
   * Checks an offset into a listing.
   *
   * @param skip the number of items to skip
   * @param name the parameter's name, for the message
   * @return the offset
   * @throws IllegalArgumentException when it is negative
   */
  public static long notNegative(long skip, String name) {
    if (skip < 0) {
      throw new IllegalArgumentException(name + " must be 0 or more, was " + skip);
    }
    return skip;
  }

  /**
   * Checks one page request's window: an offset of 0 or more and a page size of at least 1.
   *
   * @param offset the number of items to skip
   * @param offsetName the offset's name, for the message (for example {@code skip})
   * @param size the page size
   * @param sizeName the size's name, for the message (for example {@code limit})
   * @throws IllegalArgumentException when the offset is negative or the size below 1
   */
  public static void pageWindow(long offset, String offsetName, int size, String sizeName) {
    if (size < 1) {
      throw new IllegalArgumentException(sizeName + " must be at least 1, was " + size);
    }
    notNegative(offset, offsetName);
  }

  /**
   * Checks a closed window whose ends are both optional: when both are set, the first must not be
   * after the second.
   *
   * @param <T> the type of the ends (dates, instants)
   * @param from the window's start, or null for open
   * @param fromName the start's name, for the message
   * @param to the window's end, or null for open
   * @param toName the end's name, for the message
   * @throws IllegalArgumentException when both are set and {@code from} is after {@code to}
   */
  public static <T extends Comparable<? super T>> void window(
      @Nullable T from, String fromName, @Nullable T to, String toName) {
    if (from != null && to != null && from.compareTo(to) > 0) {
      throw new IllegalArgumentException(fromName + " " + from + " is after " + toName + " " + to);
    }
  }

  /**
   * Checks an open interval whose ends are both optional: when both are set, the lower bound must
   * be strictly before the upper one, or the interval would be empty.
   *
   * @param <T> the type of the bounds
   * @param lower the exclusive lower bound, or null for open
   * @param lowerName the lower bound's name, for the message
   * @param upper the exclusive upper bound, or null for open
   * @param upperName the upper bound's name, for the message
   * @throws IllegalArgumentException when both are set and {@code lower} is not before {@code upper}
   */
  public static <T extends Comparable<? super T>> void openInterval(
      @Nullable T lower, String lowerName, @Nullable T upper, String upperName) {
    if (lower != null && upper != null && lower.compareTo(upper) >= 0) {
      throw new IllegalArgumentException(
          lowerName + " " + lower + " must be before " + upperName + " " + upper + " (the interval is open)");
    }
  }
}
