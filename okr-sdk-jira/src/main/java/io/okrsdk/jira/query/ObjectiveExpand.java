package io.okrsdk.jira.query;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an objective query returns besides the objectives themselves ({@code expand}). Without an
 * expansion only ids come back for the related data. A value the service accepts but this enum
 * does not name yet can be sent as text with the {@code rawExpand} overloads of {@link
 * io.okrsdk.jira.OkrService}.
 */
public enum ObjectiveExpand {
  /**
   * The related (parent and child) objectives. The vendor's own {@code objectives/byIds} example
   * asks for it, though its parameter table does not list it.
   */
  OBJECTIVES,
  /** The objectives' key results. */
  KEY_RESULTS,
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
  public static Set<ObjectiveExpand> all() {
    return EnumSet.allOf(ObjectiveExpand.class);
  }
}
