package io.okrsdk.jira.query;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a key result query returns besides the key results themselves ({@code expand}). Without an
 * expansion only ids come back for the related data.
 */
public enum KeyResultExpand {
  /** The key results' objectives. */
  OBJECTIVES,
  /** The teams referred to. */
  TEAMS,
  /** The periods referred to. */
  PERIODS,
  /** The labels referred to. */
  LABELS,
  /** The OKR types referred to. */
  TYPES,
  /** The custom field definitions. */
  CUSTOM_FIELDS;

  /**
   * Every expansion, for a graph that can be navigated fully.
   *
   * @return a new set of all constants
   */
  public static Set<KeyResultExpand> all() {
    return EnumSet.allOf(KeyResultExpand.class);
  }
}
