package io.okrsdk.gtmhub.query;

import io.okrsdk.core.internal.Checks;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code sort} value: field names separated by commas, a leading {@code -} for descending
 * order.
 *
 * <pre>{@code
 * Sort.descending("name").thenAscending("dateCreated")   // -name,dateCreated
 * Sort.raw("-attainment")
 * }</pre>
 *
 * <p>Instances are immutable; the {@code then...} methods return new instances.
 */
public final class Sort {
  private final List<String> keys;

  private Sort(List<String> keys) {
    this.keys = List.copyOf(keys);
  }

  /**
   * Sorts by a field, ascending.
   *
   * @param field the field name
   * @return the sort
   */
  public static Sort ascending(String field) {
    return new Sort(List.of(key(field, false)));
  }

  /**
   * Sorts by a field, descending ({@code -field}).
   *
   * @param field the field name
   * @return the sort
   */
  public static Sort descending(String field) {
    return new Sort(List.of(key(field, true)));
  }

  /**
   * A sort value sent exactly as given, such as {@code -name,dateCreated}.
   *
   * @param expression the value
   * @return the sort
   * @throws IllegalArgumentException when the value is null or blank
   */
  public static Sort raw(String expression) {
    return new Sort(List.of(Checks.requireText(expression, "sort").trim()));
  }

  /**
   * Then by another field, ascending.
   *
   * @param field the field name
   * @return a new sort
   */
  public Sort thenAscending(String field) {
    return then(key(field, false));
  }

  /**
   * Then by another field, descending.
   *
   * @param field the field name
   * @return a new sort
   */
  public Sort thenDescending(String field) {
    return then(key(field, true));
  }

  /**
   * The value as sent in the query.
   *
   * @return the comma-separated keys
   */
  @Override
  public String toString() {
    return String.join(",", keys);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Sort && keys.equals(((Sort) other).keys);
  }

  @Override
  public int hashCode() {
    return keys.hashCode();
  }

  private Sort then(String key) {
    List<String> more = new ArrayList<>(keys);
    more.add(key);
    return new Sort(more);
  }

  private static String key(String field, boolean descending) {
    Names.check(field, "sort field", ",");
    if (field.startsWith("-")) {
      throw new IllegalArgumentException("sort field must not start with '-' (use descending(...)): " + field);
    }
    return descending ? "-" + field : field;
  }
}
