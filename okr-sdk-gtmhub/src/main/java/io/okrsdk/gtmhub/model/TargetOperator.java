package io.okrsdk.gtmhub.model;

import com.squareup.moshi.Json;

/**
 * How a key result's actual value is compared with its target ({@code targetOperator}). Values this
 * SDK does not know yet are kept as raw text.
 */
public enum TargetOperator {
  /** The actual value should reach at least the target. */
  @Json(name = "at_least")
  AT_LEAST,
  /** The actual value should stay at most the target. */
  @Json(name = "at_most")
  AT_MOST
}
