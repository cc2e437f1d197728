package io.okrsdk.ogsm.model;

import com.squareup.moshi.Json;

/**
 * How a goal or KPI totals the measurements of its sub-goals or sub-KPIs. Read as {@code
 * OpenEnum<AggregationMethod>}.
 *
 * <p>The API documents only {@code sum}. The vendor's manual names further methods (sum per quarter
 * or year, average, highest, lowest, median, ...) without their API spellings; such values are kept
 * as the raw {@link io.okrsdk.core.json.OpenEnum#value()} rather than guessed.
 */
public enum AggregationMethod {
  /** The values of the sub-items with the same date are added up. Sent as {@code sum}. */
  @Json(name = "sum")
  SUM
}
