package io.okrsdk.jira.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The value of one custom field on an objective or key result. Its shape depends on the field's
 * {@link CustomFieldType}: text, a number, a list of options, a user, a date; the JSON value is kept
 * as read ({@code String}, {@code Double}, {@code Boolean}, {@code List}, {@code Map} or none) and
 * read through the typed views below.
 *
 * <p>Immutable: lists and maps are unmodifiable copies.
 */
public final class CustomFieldValue {
  private static final CustomFieldValue NONE = new CustomFieldValue(null);

  private final Object value;

  private CustomFieldValue(Object value) {
    this.value = value;
  }

  /**
   * A value from its JSON form.
   *
   * @param value {@code null}, a {@code String}, {@code Number}, {@code Boolean}, or a {@code List}
   *     or {@code Map} of those
   * @return the value
   * @throws IllegalArgumentException for any other type
   */
  public static CustomFieldValue of(Object value) {
    return value == null ? NONE : new CustomFieldValue(copy(value));
  }

  /**
   * The value as read from JSON.
   *
   * @return the value, empty for JSON {@code null}
   */
  public Optional<Object> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Whether the field has no value (JSON {@code null}).
   *
   * @return {@code true} when empty
   */
  public boolean isNull() {
    return value == null;
  }

  /**
   * The value as text: a string as is, a number or boolean in its JSON spelling.
   *
   * @return the text, empty for lists, objects and {@code null}
   */
  public Optional<String> asText() {
    if (value instanceof String) {
      return Optional.of((String) value);
    }
    if (value instanceof Number) {
      return Optional.of(asNumber().orElseThrow().stripTrailingZeros().toPlainString());
    }
    if (value instanceof Boolean) {
      return Optional.of(value.toString());
    }
    return Optional.empty();
  }

  /**
   * The value as a number: a JSON number, or a string that holds one.
   *
   * @return the number, empty when the value is no number
   */
  public Optional<BigDecimal> asNumber() {
    if (value instanceof BigDecimal) {
      return Optional.of((BigDecimal) value);
    }
    if (value instanceof Double || value instanceof Float) {
      double number = ((Number) value).doubleValue();
      return Double.isFinite(number) ? Optional.of(BigDecimal.valueOf(number)) : Optional.empty();
    }
    if (value instanceof Number) {
      return Optional.of(new BigDecimal(value.toString()));
    }
    if (value instanceof String) {
      try {
        return Optional.of(new BigDecimal(((String) value).trim()));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * The value as a list (multi-select fields): a JSON array as is, a single value as a one-element
   * list, {@code null} as an empty list.
   *
   * @return the elements
   */
  @SuppressWarnings("unchecked")
  public List<Object> asList() {
    if (value instanceof List) {
      return (List<Object>) value;
    }
    return value == null ? List.of() : List.of(value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CustomFieldValue && Objects.equals(value, ((CustomFieldValue) other).value);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(value);
  }

  @Override
  public String toString() {
    return String.valueOf(value);
  }

  private static Object copy(Object value) {
    if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
      return value;
    }
    if (value instanceof List) {
      List<Object> copy = new ArrayList<>();
      for (Object element : (List<?>) value) {
        copy.add(copy(element));
      }
      return Collections.unmodifiableList(copy);
    }
    if (value instanceof Map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        copy.put(String.valueOf(entry.getKey()), copy(entry.getValue()));
      }
      return Collections.unmodifiableMap(copy);
    }
    throw new IllegalArgumentException("Not a JSON value: " + value.getClass().getName());
  }
}
