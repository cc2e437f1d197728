package io.okrsdk.testing.gtmhub;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The common cases of the API's MongoDB-style {@code filter}: field equality (arrays match when
 * they contain the value), {@code $eq $ne $gt $gte $lt $lte $in $nin $regex $options $exists
 * $not}, and {@code $and $or $nor}. Dotted paths reach into objects and arrays ({@code
 * metrics.name}, {@code tags.title}); {@code _id} means {@code id}. The expression is compiled once
 * and anything else is refused with 400.
 */
final class GoalFilter {
  private GoalFilter() {}

  /**
   * Compiles a parsed filter.
   *
   * @param expression the filter as parsed JSON, or {@code null} for every goal
   * @return the predicate
   */
  static Predicate<Map<String, Object>> compile(Object expression) {
    if (expression == null) {
      return goal -> true;
    }
    if (!(expression instanceof Map)) {
      throw ApiError.badRequest("filter must be a JSON object");
    }
    Predicate<Object> predicate = document(asMap(expression));
    return predicate::test;
  }

  private static Predicate<Object> document(Map<String, Object> expression) {
    List<Predicate<Object>> parts = new ArrayList<>();
    expression.forEach((key, value) -> parts.add(clause(key, value)));
    return doc -> parts.stream().allMatch(part -> part.test(doc));
  }

  private static Predicate<Object> clause(String key, Object value) {
    switch (key) {
      case "$and":
        List<Predicate<Object>> all = documents(key, value);
        return doc -> all.stream().allMatch(part -> part.test(doc));
      case "$or":
        List<Predicate<Object>> any = documents(key, value);
        return doc -> any.stream().anyMatch(part -> part.test(doc));
      case "$nor":
        List<Predicate<Object>> none = documents(key, value);
        return doc -> none.stream().noneMatch(part -> part.test(doc));
      default:
        if (key.startsWith("$")) {
          throw ApiError.badRequest("unsupported filter operator " + key);
        }
        String path = "_id".equals(key) ? "id" : key;
        Predicate<List<Object>> condition = condition(path, value);
        return doc -> condition.test(JsonTree.values(doc, path));
    }
  }

  private static List<Predicate<Object>> documents(String operator, Object value) {
    if (!(value instanceof List) || ((List<?>) value).isEmpty()) {
      throw ApiError.badRequest(operator + " needs a non-empty array of expressions");
    }
    List<Predicate<Object>> parts = new ArrayList<>();
    for (Object item : (List<?>) value) {
      if (!(item instanceof Map)) {
        throw ApiError.badRequest(operator + " needs an array of objects");
      }
      parts.add(document(asMap(item)));
    }
    return parts;
  }

  private static Predicate<List<Object>> condition(String path, Object value) {
    if (!isOperatorObject(value)) {
      return values -> equalsAny(values, value);
    }
    Map<String, Object> operators = asMap(value);
    List<Predicate<List<Object>>> parts = new ArrayList<>();
    for (Map.Entry<String, Object> entry : operators.entrySet()) {
      if (!"$options".equals(entry.getKey())) {
        parts.add(operator(path, entry.getKey(), entry.getValue(), operators.get("$options")));
      }
    }
    return values -> parts.stream().allMatch(part -> part.test(values));
  }

  private static Predicate<List<Object>> operator(String path, String operator, Object operand, Object options) {
    switch (operator) {
      case "$eq":
        return values -> equalsAny(values, operand);
      case "$ne":
        return values -> !equalsAny(values, operand);
      case "$gt":
        return values -> compares(values, operand, order -> order > 0);
      case "$gte":
        return values -> compares(values, operand, order -> order >= 0);
      case "$lt":
        return values -> compares(values, operand, order -> order < 0);
      case "$lte":
        return values -> compares(values, operand, order -> order <= 0);
      case "$in":
        List<?> in = array(operator, operand);
        return values -> in.stream().anyMatch(candidate -> equalsAny(values, candidate));
      case "$nin":
        List<?> nin = array(operator, operand);
        return values -> nin.stream().noneMatch(candidate -> equalsAny(values, candidate));
      case "$regex":
        Pattern pattern = pattern(operand, options);
        return values -> values.stream().anyMatch(v -> v instanceof String && pattern.matcher((String) v).find());
      case "$exists":
        if (!(operand instanceof Boolean)) {
          throw ApiError.badRequest("$exists needs true or false");
        }
        boolean wanted = (Boolean) operand;
        return values -> values.stream().anyMatch(v -> v != null) == wanted;
      case "$not":
        if (!isOperatorObject(operand)) {
          throw ApiError.badRequest("$not needs an operator expression");
        }
        Predicate<List<Object>> inner = condition(path, operand);
        return values -> !inner.test(values);
      default:
        throw ApiError.badRequest("unsupported filter operator " + operator + " on '" + path + "'");
    }
  }

  private static boolean equalsAny(List<Object> values, Object expected) {
    if (expected == null && values.stream().allMatch(v -> v == null || v instanceof List)) {
      return true;
    }
    return values.stream().anyMatch(value -> JsonTree.same(value, expected));
  }

  private static boolean compares(List<Object> values, Object operand, java.util.function.IntPredicate wanted) {
    return values.stream()
        .anyMatch(value -> JsonTree.comparable(value, operand) && wanted.test(JsonTree.compare(value, operand)));
  }

  private static List<?> array(String operator, Object operand) {
    if (!(operand instanceof List)) {
      throw ApiError.badRequest(operator + " needs an array");
    }
    return (List<?>) operand;
  }

  private static Pattern pattern(Object operand, Object options) {
    if (!(operand instanceof String)) {
      throw ApiError.badRequest("$regex needs a string");
    }
    int flags = 0;
    if (options instanceof String) {
      String text = (String) options;
      flags |= text.contains("i") ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
      flags |= text.contains("m") ? Pattern.MULTILINE : 0;
      flags |= text.contains("s") ? Pattern.DOTALL : 0;
    }
    try {
      return Pattern.compile((String) operand, flags);
    } catch (PatternSyntaxException e) {
      throw ApiError.badRequest("invalid $regex: " + e.getDescription());
    }
  }

  private static boolean isOperatorObject(Object value) {
    return value instanceof Map
        && !((Map<?, ?>) value).isEmpty()
        && ((Map<?, ?>) value).keySet().stream().allMatch(key -> String.valueOf(key).startsWith("$"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object value) {
    return (Map<String, Object>) value;
  }
}
