package io.okrsdk.gtmhub.model;

import com.squareup.moshi.Json;

/**
 * The kind of value a manually updated key result holds ({@code manualType}). Values this SDK does
 * not know yet are kept as raw text.
 */
public enum ManualType {
  /** A decimal number. */
  @Json(name = "double")
  DOUBLE
}
