package io.okrsdk.testing.jira;

import io.okrsdk.jira.query.KeyResultExpand;
import io.okrsdk.jira.query.ObjectiveExpand;
import io.okrsdk.jira.model.ImmutableOkrExport;
import io.okrsdk.jira.model.KeyResult;
import io.okrsdk.jira.model.Objective;
import io.okrsdk.jira.model.OkrExport;
import io.okrsdk.jira.model.OkrItem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds a query's answer: the objectives or key results found and, for each expansion asked for,
 * what they refer to. Without expansions only the items themselves come back, with ids.
 */
final class ExportAssembler {
  private final JiraData data;

  ExportAssembler(JiraData data) {
    this.data = data;
  }

  OkrExport objectives(List<Objective> objectives, Set<ObjectiveExpand> expand) {
    List<KeyResult> keyResults = expand.contains(ObjectiveExpand.KEY_RESULTS) ? keyResultsOf(objectives) : List.of();
    return references(
        expand.contains(ObjectiveExpand.OBJECTIVES) ? withRelated(objectives) : objectives,
        keyResults,
        expand.contains(ObjectiveExpand.TEAMS),
        expand.contains(ObjectiveExpand.PERIODS),
        expand.contains(ObjectiveExpand.LABELS),
        expand.contains(ObjectiveExpand.TYPES),
        expand.contains(ObjectiveExpand.CUSTOM_FIELDS));
  }

  OkrExport keyResults(List<KeyResult> keyResults, Set<KeyResultExpand> expand) {
    List<Objective> objectives = expand.contains(KeyResultExpand.OBJECTIVES) ? parentsOf(keyResults) : List.of();
    return references(
        objectives,
        keyResults,
        expand.contains(KeyResultExpand.TEAMS),
        expand.contains(KeyResultExpand.PERIODS),
        expand.contains(KeyResultExpand.LABELS),
        expand.contains(KeyResultExpand.TYPES),
        expand.contains(KeyResultExpand.CUSTOM_FIELDS));
  }

  private OkrExport references(
      List<Objective> objectives,
      List<KeyResult> keyResults,
      boolean teams,
      boolean periods,
      boolean labels,
      boolean types,
      boolean customFields) {
    List<OkrItem> items = new ArrayList<>(objectives);
    items.addAll(keyResults);
    ImmutableOkrExport.Builder export = OkrExport.builder().okrs(objectives).krs(keyResults);
    if (teams) {
      export.teams(resolve(ids(items, OkrItem::teamIds), data::team));
    }
    if (periods) {
      export.periods(resolve(ids(items, item -> optional(item.periodAliasId())), data::period));
    }
    if (labels) {
      export.labels(resolve(ids(items, OkrItem::labelIds), data::label));
    }
    if (types) {
      Set<String> typeIds = ids(objectives, objective -> optional(objective.okrTypeId()));
      typeIds.addAll(ids(keyResults, keyResult -> optional(keyResult.typeId())));
      export.okrTypes(resolve(typeIds, data::okrType));
    }
    if (customFields) {
      export.customFields(resolve(ids(items, item -> item.customFields().keySet()), data::customField));
    }
    return export.build();
  }

  /**
   * The objectives found followed by their related objectives: each one's parent and children
   * (by {@code childObjectiveIds} and by {@code parentObjectiveId}), once each, as the vendor's
   * {@code objectives/byIds} example with {@code expand=OBJECTIVES} shows. Key results and the
   * other expansions stay those of the objectives found; references are resolved for all.
   */
  private List<Objective> withRelated(List<Objective> objectives) {
    Map<String, Objective> found = new LinkedHashMap<>();
    for (Objective objective : objectives) {
      found.put(objective.id(), objective);
    }
    Set<String> foundIds = new LinkedHashSet<>(found.keySet());
    for (Objective objective : objectives) {
      objective.parentObjectiveId().flatMap(data::objective).ifPresent(parent -> found.putIfAbsent(parent.id(), parent));
      for (String childId : objective.childObjectiveIds()) {
        data.objective(childId).ifPresent(child -> found.putIfAbsent(child.id(), child));
      }
    }
    for (Objective candidate : data.objectives()) {
      if (candidate.parentObjectiveId().filter(foundIds::contains).isPresent()) {
        found.putIfAbsent(candidate.id(), candidate);
      }
    }
    return new ArrayList<>(found.values());
  }

  private List<KeyResult> keyResultsOf(List<Objective> objectives) {
    Map<String, KeyResult> found = new LinkedHashMap<>();
    Set<String> objectiveIds = new LinkedHashSet<>();
    for (Objective objective : objectives) {
      objectiveIds.add(objective.id());
      for (String id : objective.krIds()) {
        data.keyResult(id).ifPresent(keyResult -> found.put(id, keyResult));
      }
    }
    for (KeyResult keyResult : data.keyResults()) {
      if (keyResult.parentObjectiveId().filter(objectiveIds::contains).isPresent()) {
        found.putIfAbsent(keyResult.id(), keyResult);
      }
    }
    return new ArrayList<>(found.values());
  }

  private List<Objective> parentsOf(List<KeyResult> keyResults) {
    Map<String, Objective> found = new LinkedHashMap<>();
    Set<String> keyResultIds = new LinkedHashSet<>();
    for (KeyResult keyResult : keyResults) {
      keyResultIds.add(keyResult.id());
      keyResult.parentObjectiveId().flatMap(data::objective).ifPresent(parent -> found.put(parent.id(), parent));
    }
    for (Objective objective : data.objectives()) {
      if (objective.krIds().stream().anyMatch(keyResultIds::contains)) {
        found.putIfAbsent(objective.id(), objective);
      }
    }
    return new ArrayList<>(found.values());
  }

  private static <T> Set<String> ids(List<? extends T> items, Function<T, Collection<String>> idsOf) {
    Set<String> ids = new LinkedHashSet<>();
    for (T item : items) {
      ids.addAll(idsOf.apply(item));
    }
    return ids;
  }

  private static Collection<String> optional(Optional<String> id) {
    return id.map(List::of).orElse(List.of());
  }

  private static <T> List<T> resolve(Set<String> ids, Function<String, Optional<T>> lookup) {
    List<T> found = new ArrayList<>();
    for (String id : ids) {
      lookup.apply(id).ifPresent(found::add);
    }
    return found;
  }
}
