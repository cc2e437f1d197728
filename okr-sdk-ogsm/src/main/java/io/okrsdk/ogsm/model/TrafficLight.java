package io.okrsdk.ogsm.model;

import com.squareup.moshi.Json;
import io.okrsdk.core.json.WireAlias;

/**
 * The status colour OGSM shows next to an item or a measurement. Read as {@code
 * OpenEnum<TrafficLight>}: a colour this SDK does not know yet is kept as its raw value. The Dutch
 * spellings of the vendor's own documentation ({@code rood}, {@code oranje}, {@code groen}) are
 * read as the same constants.
 */
public enum TrafficLight {
  /** Red: off track. Sent as {@code red}. */
  @Json(name = "red")
  @WireAlias({"rood"})
  RED,

  /** Orange (amber): at risk. Sent as {@code orange}. */
  @Json(name = "orange")
  @WireAlias({"oranje"})
  ORANGE,

  /** Green: on track. Sent as {@code green}. */
  @Json(name = "green")
  @WireAlias({"groen"})
  GREEN
}
