package io.okrsdk.testing.gtmhub;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Helpers for JSON held as plain maps, lists, strings, doubles and booleans. */
final class JsonTree {
  private JsonTree() {}

  /** A deep copy, so no caller shares mutable state with the store. */
  @SuppressWarnings("unchecked")
  static <T> T copy(T value) {
    if (value instanceof Map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      ((Map<String, Object>) value).forEach((key, item) -> copy.put(key, copy(item)));
      return (T) copy;
    }
    if (value instanceof Collection) {
      List<Object> copy = new ArrayList<>();
      for (Object item : (Collection<Object>) value) {
        copy.add(copy(item));
      }
      return (T) copy;
    }
    return value;
  }

  /**
   * The values a dotted path reaches, looking into every element of a list on the way. A list at
   * the end contributes its elements and itself, as MongoDB matches arrays.
   */
  static List<Object> values(Object root, String path) {
    List<Object> current = new ArrayList<>();
    current.add(root);
    for (String part : path.split("\\.", -1)) {
      List<Object> next = new ArrayList<>();
      for (Object node : current) {
        collect(node, part, next);
      }
      current = next;
    }
    List<Object> result = new ArrayList<>();
    for (Object value : current) {
      if (value instanceof List) {
        result.addAll((List<?>) value);
      }
      result.add(value);
    }
    return result;
  }

  /** The first value a dotted path reaches, or {@code null}. */
  static Object first(Object root, String path) {
    List<Object> values = values(root, path);
    for (Object value : values) {
      if (!(value instanceof List)) {
        return value;
      }
    }
    return null;
  }

  private static void collect(Object node, String key, List<Object> out) {
    if (node instanceof Map) {
      Map<?, ?> map = (Map<?, ?>) node;
      if (map.containsKey(key)) {
        out.add(map.get(key));
      }
    } else if (node instanceof List) {
      for (Object item : (List<?>) node) {
        if (item instanceof Map) {
          collect(item, key, out);
        }
      }
    }
  }

  /** Equality with numbers compared by value. */
  static boolean same(Object a, Object b) {
    if (a instanceof Number && b instanceof Number) {
      return ((Number) a).doubleValue() == ((Number) b).doubleValue();
    }
    return a == null ? b == null : a.equals(b);
  }

  /** Whether two values can be ordered against each other by a comparison operator. */
  static boolean comparable(Object a, Object b) {
    return (a instanceof Number && b instanceof Number) || (a instanceof String && b instanceof String);
  }

  /** A total order: null, numbers, strings, objects, arrays, booleans (as MongoDB sorts them). */
  static int compare(Object a, Object b) {
    int rank = Integer.compare(rank(a), rank(b));
    if (rank != 0) {
      return rank;
    }
    if (a instanceof Number) {
      return Double.compare(((Number) a).doubleValue(), ((Number) b).doubleValue());
    }
    if (a instanceof String) {
      return ((String) a).compareTo((String) b);
    }
    if (a instanceof Boolean) {
      return Boolean.compare((Boolean) a, (Boolean) b);
    }
    return 0;
  }

  private static int rank(Object value) {
    if (value == null) {
      return 0;
    }
    if (value instanceof Number) {
      return 1;
    }
    if (value instanceof String) {
      return 2;
    }
    if (value instanceof Map) {
      return 3;
    }
    if (value instanceof List) {
      return 4;
    }
    return 5;
  }
}
