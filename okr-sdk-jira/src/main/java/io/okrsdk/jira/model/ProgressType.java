package io.okrsdk.jira.model;

/** How a key result's progress is measured ({@code currentProgressDefinition.type}). */
public enum ProgressType {
  /** Progress entered by hand; the definition carries no JQL. */
  STANDARD,
  /** Progress computed from a Jira query (the definition's {@code jql}). */
  AUTO
}
