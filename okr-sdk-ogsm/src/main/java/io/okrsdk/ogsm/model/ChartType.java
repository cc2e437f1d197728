package io.okrsdk.ogsm.model;

import com.squareup.moshi.Json;

/**
 * How OGSM charts a goal's or KPI's measurements. Read as {@code OpenEnum<ChartType>}.
 *
 * <p>The API documents only {@code line}; other chart types are kept as the raw {@link
 * io.okrsdk.core.json.OpenEnum#value()}.
 */
public enum ChartType {
  /** A line chart. Sent as {@code line}. */
  @Json(name = "line")
  LINE
}
