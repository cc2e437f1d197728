package io.okrsdk.jira;

import io.okrsdk.jira.model.CustomField;
import io.okrsdk.jira.model.KeyResult;
import io.okrsdk.jira.model.Label;
import io.okrsdk.jira.model.Objective;
import io.okrsdk.jira.model.OkrExport;
import io.okrsdk.jira.model.OkrItem;
import io.okrsdk.jira.model.OkrType;
import io.okrsdk.jira.model.Period;
import io.okrsdk.jira.model.Team;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The result of an OKR query as a navigable graph: objectives, key results and the teams, periods,
 * labels, OKR types and custom fields they refer to, with the links between them resolved.
 *
 * <ul>
 *   <li>The graph holds only what the query fetched. A link to something it did not fetch (a
 *       parent outside the date window, a key result the query did not expand) resolves to an
 *       empty {@code Optional} or is left out of a list; it never throws. The objects keep the raw
 *       ids ({@code krIds()}, {@code childObjectiveIds()}, ...) for fetching more.
 *   <li>Links are read from both directions: an objective's key results are those in its {@code
 *       krIds} and those whose {@code parentObjectiveId} names it; its children likewise with
 *       {@code childObjectiveIds}. A parent is the objective {@code parentObjectiveId} names, or,
 *       when that is absent or not fetched, the objective that lists the item as a child or key
 *       result.
 *   <li>Items repeated in a response appear once (the first wins).
 *   <li>Indexes are built once, in time linear in the response size; lookups take constant time,
 *       and walks ({@link #tree()}, {@link #ancestorsOf(OkrItem)}, {@link #descendantsOf(Objective)})
 *       are iterative, visit each objective once and stop on cycles, so no depth of nesting
 *       exhausts the stack.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class OkrGraph {
  private final OkrExport export;
  private final IdIndex<Objective> objectives;
  private final IdIndex<Objective> objectivesByKey;
  private final IdIndex<KeyResult> keyResults;
  private final IdIndex<KeyResult> keyResultsByKey;
  private final IdIndex<Team> teams;
  private final IdIndex<Period> periods;
  private final IdIndex<Label> labels;
  private final IdIndex<OkrType> okrTypes;
  private final IdIndex<CustomField> customFields;
  private final Map<String, List<Objective>> childrenByParentId = new HashMap<>();
  private final Map<String, List<KeyResult>> keyResultsByParentId = new HashMap<>();
  private final Map<String, String> listingParentOfObjective = new HashMap<>();
  private final Map<String, String> listingParentOfKeyResult = new HashMap<>();
  private final List<Objective> roots;

  private OkrGraph(OkrExport export) {
    this.export = export;
    this.objectives = new IdIndex<>(export.okrs(), Objective::id);
    this.objectivesByKey = new IdIndex<>(objectives.values(), Objective::key);
    this.keyResults = new IdIndex<>(export.krs(), KeyResult::id);
    this.keyResultsByKey = new IdIndex<>(keyResults.values(), KeyResult::key);
    this.teams = new IdIndex<>(export.teams(), Team::id);
    this.periods = new IdIndex<>(export.periods(), Period::id);
    this.labels = new IdIndex<>(export.labels(), Label::id);
    this.okrTypes = new IdIndex<>(export.okrTypes(), OkrType::id);
    this.customFields = new IdIndex<>(export.customFields(), CustomField::id);
    for (Objective objective : objectives.values()) {
      objective.parentObjectiveId()
          .filter(parentId -> !parentId.equals(objective.id()))
          .ifPresent(parentId -> childrenByParentId.computeIfAbsent(parentId, id -> new ArrayList<>()).add(objective));
      for (String childId : objective.childObjectiveIds()) {
        listingParentOfObjective.putIfAbsent(childId, objective.id());
      }
      for (String keyResultId : objective.krIds()) {
        listingParentOfKeyResult.putIfAbsent(keyResultId, objective.id());
      }
    }
    for (KeyResult keyResult : keyResults.values()) {
      keyResult.parentObjectiveId()
          .ifPresent(parentId -> keyResultsByParentId.computeIfAbsent(parentId, id -> new ArrayList<>()).add(keyResult));
    }
    List<Objective> top = new ArrayList<>();
    for (Objective objective : objectives.values()) {
      if (parentOf(objective).isEmpty()) {
        top.add(objective);
      }
    }
    this.roots = Collections.unmodifiableList(top);
  }

  /**
   * Indexes a query's result.
   *
   * @param export what a query returned
   * @return the graph
   */
  public static OkrGraph of(OkrExport export) {
    return new OkrGraph(Objects.requireNonNull(export, "export"));
  }

  /**
   * The query's result as the server sent it.
   *
   * @return the raw lists
   */
  public OkrExport export() {
    return export;
  }

  /**
   * The objectives, in response order, each once.
   *
   * @return the objectives
   */
  public List<Objective> objectives() {
    return objectives.values();
  }

  /**
   * The key results, in response order, each once.
   *
   * @return the key results
   */
  public List<KeyResult> keyResults() {
    return keyResults.values();
  }

  /**
   * The teams.
   *
   * @return the teams
   */
  public List<Team> teams() {
    return teams.values();
  }

  /**
   * The periods.
   *
   * @return the periods
   */
  public List<Period> periods() {
    return periods.values();
  }

  /**
   * The labels.
   *
   * @return the labels
   */
  public List<Label> labels() {
    return labels.values();
  }

  /**
   * The OKR types.
   *
   * @return the types
   */
  public List<OkrType> okrTypes() {
    return okrTypes.values();
  }

  /**
   * The custom field definitions.
   *
   * @return the definitions
   */
  public List<CustomField> customFields() {
    return customFields.values();
  }

  /**
   * The objective with an id.
   *
   * @param id the id
   * @return the objective; empty when the graph holds none with that id (or {@code id} is null)
   */
  public Optional<Objective> objective(String id) {
    return objectives.get(id);
  }

  /**
   * The objective with a key.
   *
   * @param key the key, such as {@code O-2}
   * @return the objective; empty when the graph holds none with that key (or {@code key} is null)
   */
  public Optional<Objective> objectiveByKey(String key) {
    return objectivesByKey.get(key);
  }

  /**
   * The key result with an id.
   *
   * @param id the id
   * @return the key result; empty when the graph holds none with that id (or {@code id} is null)
   */
  public Optional<KeyResult> keyResult(String id) {
    return keyResults.get(id);
  }

  /**
   * The key result with a key.
   *
   * @param key the key, such as {@code KR-2}
   * @return the key result; empty when the graph holds none with that key (or {@code key} is null)
   */
  public Optional<KeyResult> keyResultByKey(String key) {
    return keyResultsByKey.get(key);
  }

  /**
   * The team with an id.
   *
   * @param id the id
   * @return the team; empty when the graph holds none with that id
   */
  public Optional<Team> team(String id) {
    return teams.get(id);
  }

  /**
   * The period with an id.
   *
   * @param id the id
   * @return the period; empty when the graph holds none with that id
   */
  public Optional<Period> period(String id) {
    return periods.get(id);
  }

  /**
   * The label with an id.
   *
   * @param id the id
   * @return the label; empty when the graph holds none with that id
   */
  public Optional<Label> label(String id) {
    return labels.get(id);
  }

  /**
   * The OKR type with an id.
   *
   * @param id the id
   * @return the type; empty when the graph holds none with that id
   */
  public Optional<OkrType> okrType(String id) {
    return okrTypes.get(id);
  }

  /**
   * The custom field definition with an id (the key of {@code customFields()} on an objective or
   * key result).
   *
   * @param id the id
   * @return the definition; empty when the graph holds none with that id
   */
  public Optional<CustomField> customField(String id) {
    return customFields.get(id);
  }

  /**
   * An objective's key results: those its {@code krIds} name, in that order, then those whose
   * {@code parentObjectiveId} names it.
   *
   * @param objective the objective
   * @return the key results the graph holds, each once
   */
  public List<KeyResult> keyResultsOf(Objective objective) {
    Objects.requireNonNull(objective, "objective");
    return union(
        keyResults.resolve(objective.krIds()), keyResultsByParentId.getOrDefault(objective.id(), List.of()), KeyResult::id);
  }

  /**
   * An objective's child objectives: those its {@code childObjectiveIds} name, in that order, then
   * those whose {@code parentObjectiveId} names it.
   *
   * @param objective the objective
   * @return the children the graph holds, each once, never the objective itself
   */
  public List<Objective> childrenOf(Objective objective) {
    Objects.requireNonNull(objective, "objective");
    List<Objective> children =
        union(
            objectives.resolve(objective.childObjectiveIds()),
            childrenByParentId.getOrDefault(objective.id(), List.of()),
            Objective::id);
    if (children.stream().noneMatch(child -> child.id().equals(objective.id()))) {
      return children;
    }
    List<Objective> withoutSelf = new ArrayList<>(children);
    withoutSelf.removeIf(child -> child.id().equals(objective.id()));
    return Collections.unmodifiableList(withoutSelf);
  }

  /**
   * The objective an objective or key result belongs to: the one its {@code parentObjectiveId}
   * names, or else the one that lists it as a child or key result.
   *
   * @param item an objective or key result
   * @return the parent; empty for a root or when the parent was not fetched
   */
  public Optional<Objective> parentOf(OkrItem item) {
    Objects.requireNonNull(item, "item");
    Optional<Objective> named =
        item.parentObjectiveId().filter(id -> !id.equals(item.id())).flatMap(objectives::get);
    if (named.isPresent()) {
      return named;
    }
    Map<String, String> listing = item instanceof KeyResult ? listingParentOfKeyResult : listingParentOfObjective;
    return objectives.get(listing.get(item.id())).filter(parent -> !parent.id().equals(item.id()));
  }

  /**
   * The period an objective or key result belongs to ({@code periodAliasId}).
   *
   * @param item an objective or key result
   * @return the period; empty when none is set or it was not fetched
   */
  public Optional<Period> periodOf(OkrItem item) {
    return Objects.requireNonNull(item, "item").periodAliasId().flatMap(periods::get);
  }

  /**
   * The teams of an objective or key result ({@code teamIds}).
   *
   * @param item an objective or key result
   * @return the teams the graph holds, in {@code teamIds} order
   */
  public List<Team> teamsOf(OkrItem item) {
    return teams.resolve(Objects.requireNonNull(item, "item").teamIds());
  }

  /**
   * The labels of an objective or key result ({@code labelIds}).
   *
   * @param item an objective or key result
   * @return the labels the graph holds, in {@code labelIds} order
   */
  public List<Label> labelsOf(OkrItem item) {
    return labels.resolve(Objects.requireNonNull(item, "item").labelIds());
  }

  /**
   * An objective's OKR type ({@code okrTypeId}).
   *
   * @param objective the objective
   * @return the type; empty when none is set or it was not fetched
   */
  public Optional<OkrType> okrTypeOf(Objective objective) {
    return Objects.requireNonNull(objective, "objective").okrTypeId().flatMap(okrTypes::get);
  }

  /**
   * A key result's OKR type ({@code typeId}).
   *
   * @param keyResult the key result
   * @return the type; empty when none is set or it was not fetched
   */
  public Optional<OkrType> okrTypeOf(KeyResult keyResult) {
    return Objects.requireNonNull(keyResult, "keyResult").typeId().flatMap(okrTypes::get);
  }

  /**
   * The objectives without a parent in the graph: top-level objectives, and those whose parent was
   * not fetched.
   *
   * @return the roots, in response order
   */
  public List<Objective> roots() {
    return roots;
  }

  /**
   * The objectives above an objective or key result, nearest first, as far up as the graph reaches.
   *
   * @param item an objective or key result
   * @return the ancestors; each once even when the data has a cycle
   */
  public List<Objective> ancestorsOf(OkrItem item) {
    Objects.requireNonNull(item, "item");
    List<Objective> ancestors = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    seen.add(item.id());
    Optional<Objective> parent = parentOf(item);
    while (parent.isPresent() && seen.add(parent.get().id())) {
      ancestors.add(parent.get());
      parent = parentOf(parent.get());
    }
    return Collections.unmodifiableList(ancestors);
  }

  /**
   * The objectives below an objective, depth first, children in {@link #childrenOf(Objective)}
   * order.
   *
   * @param objective the objective
   * @return the descendants, each once, without the objective itself
   */
  public List<Objective> descendantsOf(Objective objective) {
    List<ObjectiveNode> nodes = subtree(objective);
    List<Objective> descendants = new ArrayList<>(nodes.size());
    for (ObjectiveNode node : nodes.subList(1, nodes.size())) {
      descendants.add(node.objective());
    }
    return Collections.unmodifiableList(descendants);
  }

  /**
   * An objective and everything below it, depth first, with depths counted from the objective (0).
   *
   * @param objective the objective
   * @return the nodes, the objective first
   */
  public List<ObjectiveNode> subtree(Objective objective) {
    Objects.requireNonNull(objective, "objective");
    return Collections.unmodifiableList(walk(List.of(objective), new HashSet<>()));
  }

  /**
   * Every objective of the graph once, depth first from the {@link #roots()}, with its depth below
   * its root: the order to print an indented tree in. Objectives only reachable through a cycle in
   * the data follow at the end, each cycle starting at depth 0.
   *
   * @return the nodes
   */
  public List<ObjectiveNode> tree() {
    Set<String> visited = new HashSet<>();
    List<ObjectiveNode> nodes = walk(roots, visited);
    for (Objective objective : objectives.values()) {
      if (!visited.contains(objective.id())) {
        nodes.addAll(walk(List.of(objective), visited));
      }
    }
    return Collections.unmodifiableList(nodes);
  }

  /** Depth-first pre-order from the starts, with an explicit stack; each objective once. */
  private List<ObjectiveNode> walk(List<Objective> starts, Set<String> visited) {
    List<ObjectiveNode> nodes = new ArrayList<>();
    Deque<ObjectiveNode> stack = new ArrayDeque<>();
    for (int i = starts.size() - 1; i >= 0; i--) {
      stack.push(new ObjectiveNode(starts.get(i), 0));
    }
    while (!stack.isEmpty()) {
      ObjectiveNode node = stack.pop();
      if (!visited.add(node.objective().id())) {
        continue;
      }
      nodes.add(node);
      List<Objective> children = childrenOf(node.objective());
      for (int i = children.size() - 1; i >= 0; i--) {
        if (!visited.contains(children.get(i).id())) {
          stack.push(new ObjectiveNode(children.get(i), node.depth() + 1));
        }
      }
    }
    return nodes;
  }

  private static <T> List<T> union(List<T> first, List<T> second, Function<T, String> id) {
    if (second.isEmpty()) {
      return first;
    }
    if (first.isEmpty()) {
      return Collections.unmodifiableList(second);
    }
    List<T> result = new ArrayList<>(first);
    Set<String> seen = new HashSet<>();
    for (T item : first) {
      seen.add(id.apply(item));
    }
    for (T item : second) {
      if (seen.add(id.apply(item))) {
        result.add(item);
      }
    }
    return Collections.unmodifiableList(result);
  }

  @Override
  public String toString() {
    return "OkrGraph{objectives=" + objectives.values().size() + ", keyResults=" + keyResults.values().size()
        + ", teams=" + teams.values().size() + ", periods=" + periods.values().size() + ", labels="
        + labels.values().size() + ", okrTypes=" + okrTypes.values().size() + ", customFields="
        + customFields.values().size() + "}";
  }
}
