package io.okrsdk.jira.model;

/** Where an update in the history came from. */
public enum UpdateSource {
  /** Entered by a user in the app. */
  MANUAL,
  /** Posted through the update API. */
  API,
  /** Computed by the app (for example from a key result's JQL). */
  AUTO
}
