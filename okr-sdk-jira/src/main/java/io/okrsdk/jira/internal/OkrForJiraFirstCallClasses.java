package io.okrsdk.jira.internal;

import java.util.List;

/**
 * The classes of this module and the core classes only it needs that a {@code OkrForJiraClient}'s first
 * call (build the client, read objectives by date) loads after its builder is made, in that order: what core's
 * class preloader reads ahead while the client is built. Taken from a {@code -Xlog:class+load} run
 * against the fake; a class that goes missing from the path only costs the time it saved.
 */
public final class OkrForJiraFirstCallClasses {
  /** The class names, in the order the first call loads them. */
  public static final List<String> NAMES =
      List.of(
          "io.okrsdk.core.internal.auth.HeaderTokenAuth",
          "io.okrsdk.core.internal.Checks",
          "io.okrsdk.core.internal.json.TimeAdapters",
          "io.okrsdk.jira.OkrForJiraRegion",
          "io.okrsdk.jira.internal.OkrForJiraJson",
          "io.okrsdk.jira.internal.CustomFieldValueAdapter",
          "io.okrsdk.jira.model.CustomFieldValue",
          "io.okrsdk.jira.OkrService",
          "io.okrsdk.jira.internal.OkrForJiraApiCalls",
          "io.okrsdk.jira.query.DateWindow",
          "io.okrsdk.jira.query.ImmutableDateWindow",
          "io.okrsdk.jira.model.OkrExport",
          "io.okrsdk.jira.model.OkrExportJsonShape",
          "io.okrsdk.jira.model.OkrItem",
          "io.okrsdk.jira.model.Objective",
          "io.okrsdk.jira.model.KeyResult",
          "io.okrsdk.jira.model.Team",
          "io.okrsdk.jira.model.Period",
          "io.okrsdk.jira.model.Label",
          "io.okrsdk.jira.model.OkrType",
          "io.okrsdk.jira.model.CustomField",
          "io.okrsdk.jira.model.ObjectiveJsonShape",
          "io.okrsdk.jira.model.LatestUpdate",
          "io.okrsdk.jira.model.LatestUpdateJsonShape",
          "io.okrsdk.jira.model.OkrStatus",
          "io.okrsdk.jira.model.OkrStatusJsonSpellings",
          "io.okrsdk.jira.model.KeyResultJsonShape",
          "io.okrsdk.jira.model.KeyResultUnit",
          "io.okrsdk.jira.model.ProgressDefinition",
          "io.okrsdk.jira.model.KeyResultUnitJsonShape",
          "io.okrsdk.jira.model.ProgressDefinitionJsonShape",
          "io.okrsdk.jira.model.ProgressType",
          "io.okrsdk.jira.model.ProgressTypeJsonSpellings",
          "io.okrsdk.jira.model.TeamJsonShape",
          "io.okrsdk.jira.model.PeriodJsonShape",
          "io.okrsdk.jira.model.LabelJsonShape",
          "io.okrsdk.jira.model.OkrTypeJsonShape",
          "io.okrsdk.jira.model.CustomFieldJsonShape",
          "io.okrsdk.jira.model.CustomFieldType",
          "io.okrsdk.jira.model.CustomFieldTypeJsonSpellings",
          "io.okrsdk.jira.model.ImmutableOkrExport",
          "io.okrsdk.jira.model.ImmutableOkrExport$Builder",
          "io.okrsdk.jira.model.ImmutableObjective",
          "io.okrsdk.jira.model.ImmutableObjective$Builder",
          "io.okrsdk.jira.model.ImmutableLatestUpdate",
          "io.okrsdk.jira.model.ImmutableLatestUpdate$Builder",
          "io.okrsdk.jira.model.ImmutableObjective$InitShim",
          "io.okrsdk.jira.OkrGraph",
          "io.okrsdk.jira.IdIndex");

  private OkrForJiraFirstCallClasses() {}
}
