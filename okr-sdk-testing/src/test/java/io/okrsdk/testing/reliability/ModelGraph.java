package io.okrsdk.testing.reliability;

import io.okrsdk.core.json.DecodingProblem;
import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.RawJson;
import io.okrsdk.core.json.Unrecognized;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Collections;

/**
 * Every decoded model reachable from a call's result (through optionals, lists, maps and nested
 * models), so a test can ask what each object of a response did not understand.
 */
final class ModelGraph {
  private final List<HasUnrecognized> models = new ArrayList<>();
  private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());

  private ModelGraph() {}

  /** The models reachable from {@code result}, outermost first. */
  static List<HasUnrecognized> of(Object result) {
    ModelGraph graph = new ModelGraph();
    graph.walk(result);
    return graph.models;
  }

  /** Every problem recorded anywhere in {@code result}. */
  static List<DecodingProblem> problems(Object result) {
    List<DecodingProblem> problems = new ArrayList<>();
    for (HasUnrecognized model : of(result)) {
      problems.addAll(model.unrecognized().problems());
    }
    return problems;
  }

  /** The raw values of {@code field} that did not fit, anywhere in {@code result}. */
  static List<RawJson> mismatched(Object result, String field) {
    List<RawJson> values = new ArrayList<>();
    for (HasUnrecognized model : of(result)) {
      RawJson value = model.unrecognized().mismatchedFields().get(field);
      if (value != null) {
        values.add(value);
      }
    }
    return values;
  }

  private void walk(Object value) {
    if (value == null || value instanceof Unrecognized || value instanceof Enum || !seen.add(value)) {
      return;
    }
    if (value instanceof Optional) {
      ((Optional<?>) value).ifPresent(this::walk);
    } else if (value instanceof Collection) {
      ((Collection<?>) value).forEach(this::walk);
    } else if (value instanceof Map) {
      ((Map<?, ?>) value).values().forEach(this::walk);
    } else if (value.getClass().getName().startsWith("io.okrsdk.")) {
      if (value instanceof HasUnrecognized) {
        models.add((HasUnrecognized) value);
      }
      for (Class<?> type = value.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
        for (Field field : type.getDeclaredFields()) {
          if (!Modifier.isStatic(field.getModifiers()) && !field.getType().isPrimitive()) {
            walk(read(field, value));
          }
        }
      }
    }
  }

  private static Object read(Field field, Object owner) {
    try {
      field.setAccessible(true);
      return field.get(owner);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
