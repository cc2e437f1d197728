package io.okrsdk.perform.model;

import com.squareup.moshi.Json;

/**
 * Who can see a goal or OKR. Read as an {@link io.okrsdk.core.json.OpenEnum}, so a visibility added
 * by the vendor later is kept, not refused.
 */
public enum GoalVisibility {
  /** {@code public}: everyone in the organization can find the goal. */
  @Json(name = "public")
  PUBLIC,
  /**
   * {@code lineofsight}: visible along the hierarchy only; a team goal is visible to the team's
   * employees.
   */
  @Json(name = "lineofsight")
  LINE_OF_SIGHT
}
