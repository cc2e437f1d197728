package io.okrsdk.gtmhub.query;

import io.okrsdk.core.internal.Checks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * A {@code filter} expression in the API's MongoDB-style JSON, built from typed parts or taken
 * raw. Field names and values are JSON-escaped, so any text is safe to put in a value.
 *
 * <pre>{@code
 * Filter.in("name", "sales", "marketing")          // {"name":{"$in":["sales","marketing"]}}
 * Filter.regex("name", ".*Sales.*")                // {"name":{"$regex":".*Sales.*"}}
 * Filter.eq("sessionId", "5be2...").and(Filter.gte("attainment", 0.5))
 *                        // {"$and":[{"sessionId":"5be2..."},{"attainment":{"$gte":0.5}}]}
 * Filter.raw("{name: {$in: [\"sales\"]}}")         // sent exactly as given
 * }</pre>
 *
 * <p>Values may be {@code String}, {@code Boolean}, a finite number or {@code null}. Instances are
 * immutable.
 */
public final class Filter {
  private final String json;

  private Filter(String json) {
    this.json = json;
  }

  /**
   * A filter sent exactly as given, such as the vendor's relaxed {@code {name: {$in: ["sales"]}}}.
   *
   * @param expression the expression
   * @return the filter
   * @throws IllegalArgumentException when the expression is null or blank
   */
  public static Filter raw(String expression) {
    return new Filter(Checks.requireText(expression, "filter").trim());
  }

  /**
   * Equality: {@code {"field":value}}.
   *
   * @param field the field name
   * @param value the value
   * @return the filter
   */
  public static Filter eq(String field, Object value) {
    return new Filter("{" + name(field) + ":" + JsonText.scalar(value, field) + "}");
  }

  /**
   * The goal with the given id: {@code {"_id":"..."}} (the API has no other get-by-id on v2).
   *
   * @param goalId the goal's id
   * @return the filter
   */
  public static Filter id(String goalId) {
    return eq("_id", Checks.requireText(goalId, "goalId"));
  }

  /**
   * Not equal: {@code {"field":{"$ne":value}}}.
   *
   * @param field the field name
   * @param value the value
   * @return the filter
   */
  public static Filter ne(String field, Object value) {
    return operator(field, "$ne", JsonText.scalar(value, field));
  }

  /**
   * Greater than: {@code {"field":{"$gt":value}}}.
   *
   * @param field the field name
   * @param value the value
   * @return the filter
   */
  public static Filter gt(String field, Object value) {
    return operator(field, "$gt", JsonText.scalar(value, field));
  }

  /**
   * Greater than or equal: {@code {"field":{"$gte":value}}}.
   *
   * @param field the field name
   * @param value the value
   * @return the filter
   */
  public static Filter gte(String field, Object value) {
    return operator(field, "$gte", JsonText.scalar(value, field));
  }

  /**
   * Less than: {@code {"field":{"$lt":value}}}.
   *
   * @param field the field name
   * @param value the value
   * @return the filter
   */
  public static Filter lt(String field, Object value) {
    return operator(field, "$lt", JsonText.scalar(value, field));
  }

  /**
   * Less than or equal: {@code {"field":{"$lte":value}}}.
   *
   * @param field the field name
   * @param value the value
   * @return the filter
   */
  public static Filter lte(String field, Object value) {
    return operator(field, "$lte", JsonText.scalar(value, field));
  }

  /**
   * One of the values: {@code {"field":{"$in":[...]}}}.
   *
   * @param field the field name
   * @param values the values, at least one
   * @return the filter
   */
  public static Filter in(String field, Object... values) {
    return in(field, Arrays.asList(Objects.requireNonNull(values, "values")));
  }

  /**
   * One of the values: {@code {"field":{"$in":[...]}}}.
   *
   * @param field the field name
   * @param values the values, at least one
   * @return the filter
   */
  public static Filter in(String field, Collection<?> values) {
    return operator(field, "$in", array(field, values));
  }

  /**
   * None of the values: {@code {"field":{"$nin":[...]}}}.
   *
   * @param field the field name
   * @param values the values, at least one
   * @return the filter
   */
  public static Filter nin(String field, Object... values) {
    return nin(field, Arrays.asList(Objects.requireNonNull(values, "values")));
  }

  /**
   * None of the values: {@code {"field":{"$nin":[...]}}}.
   *
   * @param field the field name
   * @param values the values, at least one
   * @return the filter
   */
  public static Filter nin(String field, Collection<?> values) {
    return operator(field, "$nin", array(field, values));
  }

  /**
   * Matches a regular expression: {@code {"field":{"$regex":"pattern"}}}.
   *
   * @param field the field name
   * @param pattern the pattern, such as {@code .*Sales.*}
   * @return the filter
   */
  public static Filter regex(String field, String pattern) {
    return operator(field, "$regex", JsonText.string(Checks.requireText(pattern, "regex pattern")));
  }

  /**
   * All of the filters: {@code {"$and":[...]}}.
   *
   * @param filters the filters, at least one
   * @return the filter
   */
  public static Filter allOf(Filter... filters) {
    return combine("$and", filters);
  }

  /**
   * Any of the filters: {@code {"$or":[...]}}.
   *
   * @param filters the filters, at least one
   * @return the filter
   */
  public static Filter anyOf(Filter... filters) {
    return combine("$or", filters);
  }

  /**
   * This filter and another: {@code {"$and":[this,other]}}.
   *
   * @param other the other filter
   * @return the combined filter
   */
  public Filter and(Filter other) {
    return allOf(this, other);
  }

  /**
   * This filter or another: {@code {"$or":[this,other]}}.
   *
   * @param other the other filter
   * @return the combined filter
   */
  public Filter or(Filter other) {
    return anyOf(this, other);
  }

  /**
   * The expression as sent in the {@code filter} query parameter (before URL encoding).
   *
   * @return the expression
   */
  public String toJson() {
    return json;
  }

  /** The expression, as {@link #toJson()}. */
  @Override
  public String toString() {
    return json;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Filter && json.equals(((Filter) other).json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  private static Filter operator(String field, String operator, String valueJson) {
    return new Filter("{" + name(field) + ":{" + JsonText.string(operator) + ":" + valueJson + "}}");
  }

  private static String name(String field) {
    return JsonText.string(Checks.requireText(field, "filter field"));
  }

  private static String array(String field, Collection<?> values) {
    Objects.requireNonNull(values, "values");
    if (values.isEmpty()) {
      throw new IllegalArgumentException("filter on '" + field + "' needs at least one value");
    }
    StringJoiner items = new StringJoiner(",", "[", "]");
    for (Object value : values) {
      items.add(JsonText.scalar(value, field));
    }
    return items.toString();
  }

  private static Filter combine(String operator, Filter... filters) {
    Objects.requireNonNull(filters, "filters");
    if (filters.length == 0) {
      throw new IllegalArgumentException(operator + " needs at least one filter");
    }
    List<String> parts = new ArrayList<>();
    for (Filter filter : filters) {
      parts.add(Objects.requireNonNull(filter, "filter").json);
    }
    return new Filter("{" + JsonText.string(operator) + ":[" + String.join(",", parts) + "]}");
  }
}
