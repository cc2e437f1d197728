package io.okrsdk.jira;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Items of one kind by a unique text key, built in one pass. The first item with a key wins, so a
 * response that repeats an item lists it once.
 */
final class IdIndex<T> {
  private final Map<String, T> byKey;
  private final List<T> values;

  IdIndex(List<T> items, Function<T, String> key) {
    Map<String, T> map = new HashMap<>(Math.max(16, items.size() * 2));
    List<T> distinct = new ArrayList<>(items.size());
    for (T item : items) {
      if (map.putIfAbsent(key.apply(item), item) == null) {
        distinct.add(item);
      }
    }
    this.byKey = map;
    this.values = Collections.unmodifiableList(distinct);
  }

  /** The distinct items, in response order. */
  List<T> values() {
    return values;
  }

  /** The item with this key; empty for {@code null} or a key that names nothing. */
  Optional<T> get(String key) {
    return key == null ? Optional.empty() : Optional.ofNullable(byKey.get(key));
  }

  /** The items these keys name, in order, each once; keys that name nothing are skipped. */
  List<T> resolve(List<String> keys) {
    if (keys.isEmpty()) {
      return List.of();
    }
    List<T> result = new ArrayList<>(keys.size());
    Set<String> seen = new HashSet<>();
    for (String key : keys) {
      T item = byKey.get(key);
      if (item != null && seen.add(key)) {
        result.add(item);
      }
    }
    return Collections.unmodifiableList(result);
  }
}
