package io.okrsdk.core.json;

import java.util.Objects;

/**
 * One value that did not fit its model and was decoded as absent: where it was, what the model
 * expected, and the start of what arrived.
 */
public final class DecodingProblem {
  /** Excerpts are cut to this many characters. */
  static final int EXCERPT_LENGTH = 80;

  private final String jsonPath;
  private final String expected;
  private final String excerpt;

  /**
   * Creates a problem record.
   *
   * @param jsonPath the JSON path, such as {@code $.results[3].goal_weight}
   * @param expected what the model expected, such as {@code Integer}
   * @param rawValue the value as JSON; cut to an excerpt here
   */
  public DecodingProblem(String jsonPath, String expected, String rawValue) {
    this.jsonPath = Objects.requireNonNull(jsonPath, "jsonPath");
    this.expected = Objects.requireNonNull(expected, "expected");
    this.excerpt = excerpt(Objects.requireNonNull(rawValue, "rawValue"));
  }

  static String excerpt(String text) {
    return text.length() > EXCERPT_LENGTH ? text.substring(0, EXCERPT_LENGTH) + "…(" + text.length() + " chars)" : text;
  }

  /**
   * Where the value was.
   *
   * @return the JSON path
   */
  public String jsonPath() {
    return jsonPath;
  }

  /**
   * What the model expected.
   *
   * @return the expected type, such as {@code Integer} or {@code a date (yyyy-MM-dd)}
   */
  public String expected() {
    return expected;
  }

  /**
   * The start of the value as it arrived, as JSON, at most {@value #EXCERPT_LENGTH} characters plus
   * a length note.
   *
   * @return the excerpt
   */
  public String excerpt() {
    return excerpt;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof DecodingProblem)) {
      return false;
    }
    DecodingProblem that = (DecodingProblem) other;
    return jsonPath.equals(that.jsonPath) && expected.equals(that.expected) && excerpt.equals(that.excerpt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(jsonPath, expected, excerpt);
  }

  @Override
  public String toString() {
    return jsonPath + ": expected " + expected + " but was " + excerpt;
  }
}
