package io.okrsdk.core.json;

import java.util.Objects;

/**
 * One JSON value exactly as the server sent it (whitespace aside), kept because the model had no
 * place for it or it did not fit the modelled type. Parse it with any JSON library, or with the
 * client's Moshi.
 */
public final class RawJson {
  private final String json;

  private RawJson(String json) {
    this.json = json;
  }

  /**
   * Wraps JSON text.
   *
   * @param json one JSON value, such as {@code "abc"}, {@code 12.5} or {@code {"a":1}}
   * @return the raw value
   */
  public static RawJson of(String json) {
    return new RawJson(Objects.requireNonNull(json, "json"));
  }

  /**
   * The JSON text.
   *
   * @return the value as JSON
   */
  public String json() {
    return json;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RawJson && ((RawJson) other).json.equals(json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  /** The JSON text itself. */
  @Override
  public String toString() {
    return json;
  }
}
