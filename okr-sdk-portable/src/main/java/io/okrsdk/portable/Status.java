package io.okrsdk.portable;

/**
 * One status vocabulary for all platforms. The platform's own status is kept next to it (see
 * {@link OkrItem#rawStatus()}); how each platform's statuses map here is tabled in the module
 * README.
 */
public enum Status {
  /** Progressing as planned. */
  ON_TRACK,
  /** Behind, but recoverable. */
  AT_RISK,
  /** Behind and needing action, delayed or failed. */
  OFF_TRACK,
  /** Complete. */
  DONE,
  /** No progress recorded yet. */
  NOT_STARTED,
  /** The platform says nothing that maps to a status. */
  UNKNOWN
}
