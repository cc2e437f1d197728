package io.okrsdk.jira.model;

/** The kind of value a custom field holds. */
public enum CustomFieldType {
  /** Free text. */
  TEXT,
  /** A number. */
  NUMBER,
  /** A link. */
  HYPERLINK,
  /** One option of a list. */
  SELECT,
  /** Several options of a list. */
  MULTI_SELECT,
  /** A user's account. */
  USER,
  /** A date. */
  DATE
}
