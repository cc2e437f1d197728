package io.okrsdk.gtmhub.model;

import com.squareup.moshi.Json;

/**
 * How a goal's attainment is computed from its key results ({@code attainmentTypeString}). Values
 * this SDK does not know yet are kept as raw text by {@link io.okrsdk.core.json.OpenEnum}.
 */
public enum AttainmentType {
  /** The average of the key results' attainments. */
  @Json(name = "average_kr")
  AVERAGE_KR
}
