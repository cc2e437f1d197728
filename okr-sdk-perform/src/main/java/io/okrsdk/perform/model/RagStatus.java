package io.okrsdk.perform.model;

/**
 * A goal's status in the red / amber / green progress calculation. Read as an {@link
 * io.okrsdk.core.json.OpenEnum}, so a status added by the vendor later is kept, not refused.
 */
public enum RagStatus {
  /** Off track. */
  RED,
  /** At risk. */
  AMBER,
  /** On track. */
  GREEN
}
