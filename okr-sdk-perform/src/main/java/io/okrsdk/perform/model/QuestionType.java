package io.okrsdk.perform.model;

import com.squareup.moshi.Json;

/**
 * The kinds of question the help centre documents. Read as an {@link io.okrsdk.core.json.OpenEnum},
 * so a kind the vendor adds later is kept as sent, not refused.
 */
public enum QuestionType {
  /** The employee chooses between one or several options ({@link Question#choices()}). */
  @Json(name = "choice")
  CHOICE,
  /** The employee picks a rating within a number range, such as 1 to 10. */
  @Json(name = "rating")
  RATING,
  /** The employee answers in text. */
  @Json(name = "text")
  TEXT,
  /** A yes/no question (sent as {@code yes/no}). */
  @Json(name = "yes/no")
  YES_NO,
  /** The employee answers in text and may mention colleagues (see {@code recognition()}). */
  @Json(name = "recognition")
  RECOGNITION
}
