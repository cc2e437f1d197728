package io.okrsdk.jira.model;

import io.okrsdk.core.json.WireAlias;

/**
 * The status of an objective or key result update.
 *
 * <p>Queries spell statuses with underscores ({@code ON_TRACK}); the update methods and the UI
 * spell them with spaces ({@code ON TRACK}). Both spellings read as the same constant. The UI's
 * "OFF TRACK" is {@link #ACTION_REQUIRED}. Use {@code OpenEnum<OkrStatus>} to keep values newer
 * than this SDK.
 */
public enum OkrStatus {
  /** On track ({@code ON_TRACK}, {@code ON TRACK}). */
  @WireAlias({"ON TRACK"})
  ON_TRACK,
  /** At risk ({@code AT_RISK}, {@code AT RISK}). */
  @WireAlias({"AT RISK"})
  AT_RISK,
  /** Off track: {@code ACTION_REQUIRED} in queries, {@code OFF TRACK} in updates and the UI. */
  @WireAlias({"OFF TRACK", "OFF_TRACK", "ACTION REQUIRED"})
  ACTION_REQUIRED,
  /** Not started ({@code NOT_STARTED}, {@code NOT STARTED}). */
  @WireAlias({"NOT STARTED"})
  NOT_STARTED,
  /** Achieved. */
  SUCCESS,
  /** Finished. */
  FINISHED,
  /** The assumptions behind the OKR changed ({@code ASSUMPTIONS_CHANGED}). */
  @WireAlias({"ASSUMPTIONS CHANGED"})
  ASSUMPTIONS_CHANGED,
  /** Delayed. */
  DELAYED,
  /** Canceled. */
  CANCELED,
  /** Failed. */
  FAILED,
  /** No status set. */
  UNDEFINED,
  /** The target was missed ({@code MISSED_TARGET}). */
  @WireAlias({"MISSED TARGET"})
  MISSED_TARGET;

  /**
   * The spelling the update methods take: words separated by spaces ({@code ON TRACK}), and
   * {@code OFF TRACK} for {@link #ACTION_REQUIRED}.
   *
   * @return the spelling written in update request bodies
   */
  public String updateSpelling() {
    return this == ACTION_REQUIRED ? "OFF TRACK" : name().replace('_', ' ');
  }
}
