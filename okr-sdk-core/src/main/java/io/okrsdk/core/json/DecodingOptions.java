package io.okrsdk.core.json;

import java.util.Objects;

/**
 * The decoding settings one call runs with: the {@link DecodingMode} and the bounds that keep one
 * response from decoding into unbounded memory or recursion. Immutable; a client holds one (set on
 * its builder) and hands it to every decode, so a call can later run with another.
 */
public final class DecodingOptions {
  /** Default for {@link #maxArrayItems()}: far above any documented page size. */
  public static final int DEFAULT_MAX_ARRAY_ITEMS = 100_000;

  /** Default for {@link #maxNestingDepth()}: the documented bodies nest fewer than ten levels. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  /** Moshi's own reader refuses anything deeper than this. */
  private static final int READER_DEPTH_LIMIT = 255;

  private static final DecodingOptions DEFAULTS =
      new DecodingOptions(DecodingMode.TOLERANT, DEFAULT_MAX_ARRAY_ITEMS, DEFAULT_MAX_NESTING_DEPTH);

  private final DecodingMode mode;
  private final int maxArrayItems;
  private final int maxNestingDepth;

  private DecodingOptions(DecodingMode mode, int maxArrayItems, int maxNestingDepth) {
    this.mode = Objects.requireNonNull(mode, "mode");
    if (maxArrayItems < 1) {
      throw new IllegalArgumentException("maxArrayItems must be at least 1, was " + maxArrayItems);
    }
    if (maxNestingDepth < 1 || maxNestingDepth > READER_DEPTH_LIMIT) {
      throw new IllegalArgumentException(
          "maxNestingDepth must be between 1 and " + READER_DEPTH_LIMIT + ", was " + maxNestingDepth);
    }
    this.maxArrayItems = maxArrayItems;
    this.maxNestingDepth = maxNestingDepth;
  }

  /**
   * Tolerant mode, {@value #DEFAULT_MAX_ARRAY_ITEMS} items per array, nesting depth {@value
   * #DEFAULT_MAX_NESTING_DEPTH}.
   *
   * @return the defaults
   */
  public static DecodingOptions defaults() {
    return DEFAULTS;
  }

  /**
   * The mode.
   *
   * @return the decoding mode
   */
  public DecodingMode mode() {
    return mode;
  }

  /**
   * The most items one JSON array may hold; a longer one fails the call with {@code
   * OkrDecodingException}, in every mode.
   *
   * @return the cap
   */
  public int maxArrayItems() {
    return maxArrayItems;
  }

  /**
   * The deepest nesting of objects and arrays a body may have; deeper fails the call with {@code
   * OkrDecodingException}, in every mode.
   *
   * @return the cap, the top-level value counting as 1
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * A copy with another mode.
   *
   * @param mode the mode
   * @return the new options
   */
  public DecodingOptions withMode(DecodingMode mode) {
    return new DecodingOptions(mode, maxArrayItems, maxNestingDepth);
  }

  /**
   * A copy with another array cap.
   *
   * @param maxArrayItems at least 1
   * @return the new options
   * @throws IllegalArgumentException when below 1
   */
  public DecodingOptions withMaxArrayItems(int maxArrayItems) {
    return new DecodingOptions(mode, maxArrayItems, maxNestingDepth);
  }

  /**
   * A copy with another nesting cap.
   *
   * @param maxNestingDepth between 1 and 255 (the JSON reader's own limit)
   * @return the new options
   * @throws IllegalArgumentException when out of range
   */
  public DecodingOptions withMaxNestingDepth(int maxNestingDepth) {
    return new DecodingOptions(mode, maxArrayItems, maxNestingDepth);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof DecodingOptions)) {
      return false;
    }
    DecodingOptions that = (DecodingOptions) other;
    return mode == that.mode && maxArrayItems == that.maxArrayItems && maxNestingDepth == that.maxNestingDepth;
  }

  @Override
  public int hashCode() {
    return Objects.hash(mode, maxArrayItems, maxNestingDepth);
  }

  @Override
  public String toString() {
    return "DecodingOptions{mode=" + mode + ", maxArrayItems=" + maxArrayItems + ", maxNestingDepth=" + maxNestingDepth + "}";
  }
}
