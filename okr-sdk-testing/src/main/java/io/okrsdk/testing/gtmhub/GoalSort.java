package io.okrsdk.testing.gtmhub;

import java.util.Comparator;
import java.util.Map;

/**
 * The API's {@code sort}: a comma list of field paths, each ascending or, with a leading {@code -},
 * descending. Missing values sort first, as in MongoDB; ties keep the store's order.
 */
final class GoalSort {
  private GoalSort() {}

  /**
   * Parses a sort expression.
   *
   * @param expression the expression, or {@code null} or blank for the store's order
   * @return the order, or {@code null} for the store's order
   */
  static Comparator<Map<String, Object>> parse(String expression) {
    if (expression == null || expression.isBlank()) {
      return null;
    }
    Comparator<Map<String, Object>> order = null;
    for (String raw : expression.split(",", -1)) {
      String key = raw.trim();
      boolean descending = key.startsWith("-");
      if (descending || key.startsWith("+")) {
        key = key.substring(1).trim();
      }
      if (key.isEmpty()) {
        throw ApiError.badRequest("sort has an empty field name: '" + expression + "'");
      }
      String path = "_id".equals(key) ? "id" : key;
      Comparator<Map<String, Object>> one = (a, b) -> JsonTree.compare(JsonTree.first(a, path), JsonTree.first(b, path));
      one = descending ? one.reversed() : one;
      order = order == null ? one : order.thenComparing(one);
    }
    return order;
  }
}
