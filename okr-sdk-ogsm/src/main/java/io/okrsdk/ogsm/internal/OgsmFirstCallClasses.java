package io.okrsdk.ogsm.internal;

import java.util.List;

/**
 * The classes of this module and the core classes only it needs that a {@code OgsmClient}'s first
 * call (build the client, read the first page of goals) loads after its builder is made, in that order: what core's
 * class preloader reads ahead while the client is built. Taken from a {@code -Xlog:class+load} run
 * against the fake; a class that goes missing from the path only costs the time it saved.
 */
public final class OgsmFirstCallClasses {
  /** The class names, in the order the first call loads them. */
  public static final List<String> NAMES =
      List.of(
          "io.okrsdk.core.internal.auth.BasicAuth",
          "io.okrsdk.core.internal.http.Redactor$LongestFirst",
          "io.okrsdk.core.internal.paging.Paging",
          "io.okrsdk.core.paging.PagedIterable",
          "io.okrsdk.core.internal.paging.PageWalker",
          "io.okrsdk.core.internal.paging.Paging$4",
          "io.okrsdk.core.internal.paging.Paging$3",
          "io.okrsdk.core.internal.paging.Paging$2",
          "io.okrsdk.core.internal.paging.Paging$1",
          "io.okrsdk.core.internal.paging.Listing",
          "io.okrsdk.core.paging.PagedIterator",
          "io.okrsdk.core.internal.paging.PageStream",
          "io.okrsdk.core.PageLimitExceededException",
          "io.okrsdk.core.internal.paging.CallScope",
          "io.okrsdk.core.internal.paging.Listing$2",
          "io.okrsdk.core.internal.paging.SequentialPageStream",
          "io.okrsdk.core.internal.paging.Listing$PageIterator",
          "io.okrsdk.core.internal.paging.Listing$1",
          "io.okrsdk.core.internal.paging.PageResult",
          "io.okrsdk.core.paging.Page",
          "io.okrsdk.ogsm.GoalService",
          "io.okrsdk.ogsm.internal.OgsmApiCalls",
          "io.okrsdk.ogsm.model.Described",
          "io.okrsdk.ogsm.model.OgsmItem",
          "io.okrsdk.ogsm.model.Objective",
          "io.okrsdk.ogsm.model.Measurable",
          "io.okrsdk.ogsm.model.Goal",
          "io.okrsdk.ogsm.model.Measurement",
          "io.okrsdk.ogsm.model.GoalMeasurement",
          "io.okrsdk.ogsm.model.Strategy",
          "io.okrsdk.ogsm.model.Kpi",
          "io.okrsdk.ogsm.model.KpiMeasurement",
          "io.okrsdk.ogsm.model.Action",
          "io.okrsdk.ogsm.internal.Listing",
          "io.okrsdk.ogsm.model.GoalJsonShape",
          "io.okrsdk.ogsm.model.Label",
          "io.okrsdk.ogsm.model.Person",
          "io.okrsdk.ogsm.model.CanvasReference",
          "io.okrsdk.ogsm.model.TrafficLight",
          "io.okrsdk.ogsm.model.AggregationMethod",
          "io.okrsdk.ogsm.model.ChartType",
          "io.okrsdk.ogsm.model.LabelJsonShape",
          "io.okrsdk.ogsm.model.PersonJsonShape",
          "io.okrsdk.ogsm.model.CanvasReferenceJsonShape",
          "io.okrsdk.ogsm.model.TrafficLightJsonSpellings",
          "io.okrsdk.ogsm.model.AggregationMethodJsonSpellings",
          "io.okrsdk.ogsm.model.ChartTypeJsonSpellings",
          "io.okrsdk.ogsm.model.ImmutableGoal",
          "io.okrsdk.ogsm.model.ImmutableGoal$Builder",
          "io.okrsdk.ogsm.model.ImmutableLabel",
          "io.okrsdk.ogsm.model.ImmutableLabel$Builder",
          "io.okrsdk.ogsm.model.ImmutablePerson",
          "io.okrsdk.ogsm.model.ImmutablePerson$Builder",
          "io.okrsdk.ogsm.model.ImmutableCanvasReference",
          "io.okrsdk.ogsm.model.ImmutableCanvasReference$Builder",
          "io.okrsdk.ogsm.model.ImmutableGoal$InitShim",
          "io.okrsdk.ogsm.internal.Responses");

  private OgsmFirstCallClasses() {}
}
