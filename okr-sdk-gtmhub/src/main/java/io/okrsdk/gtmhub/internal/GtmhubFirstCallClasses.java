package io.okrsdk.gtmhub.internal;

import java.util.List;

/**
 * The classes of this module and the core classes only it needs that a {@code GtmhubClient}'s first
 * call (build the client, read a goal) loads after its builder is made, in that order: what core's
 * class preloader reads ahead while the client is built. Taken from a {@code -Xlog:class+load} run
 * against the fake; a class that goes missing from the path only costs the time it saved.
 */
public final class GtmhubFirstCallClasses {
  /** The class names, in the order the first call loads them. */
  public static final List<String> NAMES =
      List.of(
          "io.okrsdk.core.internal.auth.BearerAuth",
          "io.okrsdk.core.internal.http.Redactor$LongestFirst",
          "io.okrsdk.core.internal.PathSegments",
          "io.okrsdk.core.internal.json.TimeAdapters",
          "io.okrsdk.gtmhub.BulkBodyStyle",
          "io.okrsdk.gtmhub.internal.GtmhubJson",
          "io.okrsdk.gtmhub.internal.GoalPatchJson$Factory",
          "io.okrsdk.gtmhub.internal.BareArrayAdapterFactory",
          "io.okrsdk.gtmhub.internal.BareArrayAdapterFactory$1",
          "io.okrsdk.gtmhub.GoalService",
          "io.okrsdk.gtmhub.internal.GtmhubGoalApiCalls",
          "io.okrsdk.gtmhub.model.GoalRequest",
          "io.okrsdk.gtmhub.model.Goal",
          "io.okrsdk.gtmhub.model.GoalPatch",
          "io.okrsdk.gtmhub.model.MetricValueHistory",
          "io.okrsdk.gtmhub.model.GoalJsonShape",
          "io.okrsdk.gtmhub.model.AttainmentType",
          "io.okrsdk.gtmhub.model.ClosedStatus",
          "io.okrsdk.gtmhub.model.Tag",
          "io.okrsdk.gtmhub.model.Assignee",
          "io.okrsdk.gtmhub.model.Metric",
          "io.okrsdk.gtmhub.model.GoalLinks",
          "io.okrsdk.gtmhub.model.AttainmentTypeJsonSpellings",
          "io.okrsdk.gtmhub.model.ClosedStatusJsonShape",
          "io.okrsdk.gtmhub.model.TagJsonShape",
          "io.okrsdk.gtmhub.model.AssigneeJsonShape",
          "io.okrsdk.gtmhub.model.AssigneeType",
          "io.okrsdk.gtmhub.model.AssigneeTypeJsonSpellings",
          "io.okrsdk.gtmhub.model.MetricJsonShape",
          "io.okrsdk.gtmhub.model.ManualType",
          "io.okrsdk.gtmhub.model.TargetOperator",
          "io.okrsdk.gtmhub.model.MetricConfidence",
          "io.okrsdk.gtmhub.model.MetricFormat",
          "io.okrsdk.gtmhub.model.ManualTypeJsonSpellings",
          "io.okrsdk.gtmhub.model.TargetOperatorJsonSpellings",
          "io.okrsdk.gtmhub.model.MetricConfidenceJsonShape",
          "io.okrsdk.gtmhub.model.MetricFormatJsonShape",
          "io.okrsdk.gtmhub.model.GoalLinksJsonShape",
          "io.okrsdk.gtmhub.model.ImmutableGoal",
          "io.okrsdk.gtmhub.model.ImmutableGoal$Builder",
          "io.okrsdk.gtmhub.model.ImmutableClosedStatus",
          "io.okrsdk.gtmhub.model.ImmutableClosedStatus$Builder",
          "io.okrsdk.gtmhub.model.ImmutableTag",
          "io.okrsdk.gtmhub.model.ImmutableTag$Builder",
          "io.okrsdk.gtmhub.model.ImmutableAssignee",
          "io.okrsdk.gtmhub.model.ImmutableAssignee$Builder",
          "io.okrsdk.gtmhub.model.ImmutableMetric",
          "io.okrsdk.gtmhub.model.ImmutableMetric$Builder",
          "io.okrsdk.gtmhub.model.ImmutableMetricConfidence",
          "io.okrsdk.gtmhub.model.ImmutableMetricConfidence$Builder",
          "io.okrsdk.gtmhub.model.ImmutableMetricFormat",
          "io.okrsdk.gtmhub.model.ImmutableMetricFormat$Builder",
          "io.okrsdk.gtmhub.model.ImmutableGoalLinks",
          "io.okrsdk.gtmhub.model.ImmutableGoalLinks$Builder");

  private GtmhubFirstCallClasses() {}
}
