package io.okrsdk.perform.internal;

import java.util.List;

/**
 * The classes of this module and the core classes only it needs that a {@code PerformClient}'s first
 * call (build the client, read a goal) loads after its builder is made, in that order: what core's
 * class preloader reads ahead while the client is built. Taken from a {@code -Xlog:class+load} run
 * against the fake; a class that goes missing from the path only costs the time it saved.
 */
public final class PerformFirstCallClasses {
  /** The class names, in the order the first call loads them. */
  public static final List<String> NAMES =
      List.of(
          "io.okrsdk.core.internal.auth.BasicAuth",
          "io.okrsdk.core.internal.http.Redactor$LongestFirst",
          "io.okrsdk.core.internal.paging.PageResult",
          "io.okrsdk.core.internal.PathSegments",
          "io.okrsdk.core.internal.json.TimeAdapters",
          "io.okrsdk.perform.internal.PerformJson",
          "io.okrsdk.perform.model.GoalUnit",
          "io.okrsdk.perform.internal.GoalUnitAdapter",
          "io.okrsdk.perform.GoalService",
          "io.okrsdk.perform.internal.PerformApiCalls",
          "io.okrsdk.perform.EnvelopeListing",
          "io.okrsdk.perform.EnvelopeListing$Window",
          "io.okrsdk.perform.EnvelopeListing$Unfiltered",
          "io.okrsdk.perform.model.GoalPage",
          "io.okrsdk.perform.model.Goal",
          "io.okrsdk.perform.model.GoalJsonShape",
          "io.okrsdk.perform.model.RagStatus",
          "io.okrsdk.perform.model.GoalVisibility",
          "io.okrsdk.perform.model.RagStatusJsonSpellings",
          "io.okrsdk.perform.model.GoalVisibilityJsonSpellings",
          "io.okrsdk.perform.model.ImmutableGoal",
          "io.okrsdk.perform.model.ImmutableGoal$Builder",
          "io.okrsdk.perform.model.GoalUnit$Kind");

  private PerformFirstCallClasses() {}
}
