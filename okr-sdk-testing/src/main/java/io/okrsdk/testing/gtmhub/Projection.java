package io.okrsdk.testing.gtmhub;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which fields of a goal a response carries: either a {@code fields} expression such as {@code
 * name,metrics{name,attainment},links{expanded}} (where {@code id} and {@code accountId} are always
 * kept), or a default that leaves some fields or sub-fields out.
 */
final class Projection {
  private static final Set<String> ALWAYS = Set.of("id", "accountId");

  /** Fields to keep, with their own projection or {@code null} for all of them; null for "all but". */
  private final Map<String, Projection> included;
  /** Fields to drop when {@link #included} is null. */
  private final Set<String> excluded;
  /** Sub-projections of kept fields. */
  private final Map<String, Projection> nested;
  private final boolean topLevel;

  private Projection(
      Map<String, Projection> included, Set<String> excluded, Map<String, Projection> nested, boolean topLevel) {
    this.included = included;
    this.excluded = excluded;
    this.nested = nested;
    this.topLevel = topLevel;
  }

  /**
   * Every field but the named ones; a dotted name such as {@code links.expanded} leaves out a
   * sub-field and keeps the rest of its parent.
   */
  static Projection without(String... paths) {
    Set<String> excluded = new HashSet<>();
    Map<String, Set<String>> subs = new LinkedHashMap<>();
    for (String path : paths) {
      int dot = path.indexOf('.');
      if (dot < 0) {
        excluded.add(path);
      } else {
        subs.computeIfAbsent(path.substring(0, dot), key -> new HashSet<>()).add(path.substring(dot + 1));
      }
    }
    Map<String, Projection> nested = new LinkedHashMap<>();
    subs.forEach((field, names) -> nested.put(field, new Projection(null, names, Map.of(), false)));
    return new Projection(null, excluded, nested, true);
  }

  /**
   * A {@code fields} expression, or the default when it is absent.
   *
   * @param expression the expression, or {@code null} or blank
   * @param fallback what to use without an expression
   * @return the projection
   */
  static Projection parse(String expression, Projection fallback) {
    if (expression == null || expression.isBlank()) {
      return fallback;
    }
    Parser parser = new Parser(expression);
    Projection projection = parser.list(true);
    if (parser.position != expression.length()) {
      throw ApiError.badRequest("fields has an unbalanced '}': '" + expression + "'");
    }
    return projection;
  }

  /** Whether a field is in the projection. */
  boolean includes(String field) {
    if (included == null) {
      return !excluded.contains(field);
    }
    return included.containsKey(field) || (topLevel && ALWAYS.contains(field));
  }

  /**
   * Applies the projection to a copy the caller owns.
   *
   * @param goal the goal
   * @return the same map, trimmed
   */
  Map<String, Object> apply(Map<String, Object> goal) {
    goal.keySet().removeIf(field -> !includes(field));
    nested.forEach((field, sub) -> {
      if (goal.containsKey(field)) {
        goal.put(field, sub.applyNested(goal.get(field)));
      }
    });
    return goal;
  }

  @SuppressWarnings("unchecked")
  private Object applyNested(Object value) {
    if (value instanceof Map) {
      return apply((Map<String, Object>) value);
    }
    if (value instanceof List) {
      List<Object> out = new ArrayList<>();
      for (Object item : (List<Object>) value) {
        out.add(applyNested(item));
      }
      return out;
    }
    return value;
  }

  /** Reads {@code a,b{c,d{e}},f}. */
  private static final class Parser {
    private final String text;
    private int position;

    Parser(String text) {
      this.text = text;
    }

    Projection list(boolean topLevel) {
      Map<String, Projection> fields = new LinkedHashMap<>();
      Map<String, Projection> nested = new LinkedHashMap<>();
      while (true) {
        int start = position;
        while (position < text.length() && ",{}".indexOf(text.charAt(position)) < 0) {
          position++;
        }
        String name = text.substring(start, position).trim();
        if (name.isEmpty()) {
          throw ApiError.badRequest("fields has an empty field name: '" + text + "'");
        }
        fields.put(name, null);
        if (position < text.length() && text.charAt(position) == '{') {
          position++;
          nested.put(name, list(false));
          if (position >= text.length() || text.charAt(position) != '}') {
            throw ApiError.badRequest("fields has an unclosed '{': '" + text + "'");
          }
          position++;
        }
        if (position < text.length() && text.charAt(position) == ',') {
          position++;
          continue;
        }
        return new Projection(fields, Set.of(), nested, topLevel);
      }
    }
  }
}
