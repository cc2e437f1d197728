package io.okrsdk.core.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a decoded model did not understand: fields it has no attribute for, values that did not fit
 * their attribute's type (decoded as absent), and a problem record for each mismatch. Empty for a
 * body that matches the model. Immutable.
 */
public final class Unrecognized {
  private static final Unrecognized NONE = new Unrecognized(Map.of(), Map.of(), List.of());

  private final Map<String, RawJson> unknownFields;
  private final Map<String, RawJson> mismatchedFields;
  private final List<DecodingProblem> problems;

  private Unrecognized(Map<String, RawJson> unknownFields, Map<String, RawJson> mismatchedFields, List<DecodingProblem> problems) {
    this.unknownFields = Collections.unmodifiableMap(new LinkedHashMap<>(unknownFields));
    this.mismatchedFields = Collections.unmodifiableMap(new LinkedHashMap<>(mismatchedFields));
    this.problems = List.copyOf(problems);
  }

  /**
   * What a decoder found (also handy for building models in tests).
   *
   * @param unknownFields JSON fields without an attribute, by JSON name, in arrival order
   * @param mismatchedFields values that did not fit their attribute, by JSON name
   * @param problems one record per mismatch
   * @return the value, copied
   */
  public static Unrecognized of(
      Map<String, RawJson> unknownFields, Map<String, RawJson> mismatchedFields, List<DecodingProblem> problems) {
    if (unknownFields.isEmpty() && mismatchedFields.isEmpty() && problems.isEmpty()) {
      return NONE;
    }
    return new Unrecognized(unknownFields, mismatchedFields, problems);
  }

  /**
   * Nothing unrecognized.
   *
   * @return the empty instance
   */
  public static Unrecognized none() {
    return NONE;
  }

  /**
   * JSON fields the model has no attribute for, by JSON name, in the order they arrived.
   *
   * @return the unknown fields (unmodifiable)
   */
  public Map<String, RawJson> unknownFields() {
    return unknownFields;
  }

  /**
   * Values that did not fit their attribute's type, by JSON name; the attribute reads as absent.
   *
   * @return the mismatched values (unmodifiable)
   */
  public Map<String, RawJson> mismatchedFields() {
    return mismatchedFields;
  }

  /**
   * One record per mismatched value: path, expected type, excerpt.
   *
   * @return the problems (unmodifiable)
   */
  public List<DecodingProblem> problems() {
    return problems;
  }

  /**
   * Whether the model matched its JSON exactly.
   *
   * @return {@code true} when there are no unknown fields and no mismatches
   */
  public boolean isEmpty() {
    return unknownFields.isEmpty() && mismatchedFields.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Unrecognized)) {
      return false;
    }
    Unrecognized that = (Unrecognized) other;
    return unknownFields.equals(that.unknownFields)
        && mismatchedFields.equals(that.mismatchedFields)
        && problems.equals(that.problems);
  }

  @Override
  public int hashCode() {
    return unknownFields.hashCode() * 31 + mismatchedFields.hashCode();
  }

  /** Names and counts only: values may hold data the caller does not want in logs. */
  @Override
  public String toString() {
    return "Unrecognized{unknownFields=" + unknownFields.keySet() + ", mismatchedFields=" + mismatchedFields.keySet() + "}";
  }
}
