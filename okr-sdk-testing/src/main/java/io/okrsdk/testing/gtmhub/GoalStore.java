package io.okrsdk.testing.gtmhub;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The fake Gtmhub account's goals, in memory: seeded with a small realistic OKR set, extended with
 * {@link #generate(int)}, and changed by the fake's endpoints. Every operation holds the store's
 * lock, so concurrent requests see each goal either before or after a write, never half-written;
 * nothing outside the store shares its maps.
 *
 * <p>Used by {@link io.okrsdk.testing.FakeGtmhubServer}; tests reach it through {@code
 * FakeGtmhubServer.store()} to check state the API does not show, such as a goal's {@link
 * WorkflowStatus}.
 */
public final class GoalStore {
  private final Map<String, StoredGoal> goals = new LinkedHashMap<>();
  private final ObjectIds ids = new ObjectIds();
  private final GoalWriter writer;
  private final Workflow workflow;
  private final GoalGenerator generator;
  private final List<String> generatedIds = new ArrayList<>();
  private final Sessions sessions;

  /**
   * A store with the seeded goals.
   *
   * @param clock the clock for creation dates, workflow dates and the sessions (quarters)
   * @param accountId the account every goal belongs to
   * @param currentUserId the user the API token belongs to: the owner of created goals and the
   *     actor of workflow actions
   */
  public GoalStore(Clock clock, String accountId, String currentUserId) {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(currentUserId, "currentUserId");
    this.sessions = new Sessions(clock);
    this.writer = new GoalWriter(accountId, currentUserId, sessions, ids);
    this.workflow = new Workflow(currentUserId, sessions, ids);
    GoalFactory factory = new GoalFactory(writer, workflow, ids);
    this.generator = new GoalGenerator(factory, sessions);
    for (StoredGoal goal : new SeedGoals(factory, sessions).goals()) {
      goals.put(goal.id(), goal);
    }
  }

  /**
   * Adds deterministic generated goals, numbered on from those generated before. Each carries the
   * tag {@code generated}.
   *
   * @param count how many, 0 or more
   */
  public synchronized void generate(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be 0 or more, was " + count);
    }
    for (StoredGoal goal : generator.generate(generatedIds.size() + 1, count, ids, generatedIds)) {
      goals.put(goal.id(), goal);
    }
  }

  /**
   * How many goals the account has.
   *
   * @return the count
   */
  public synchronized int size() {
    return goals.size();
  }

  /**
   * The ids of all goals, oldest first.
   *
   * @return the ids
   */
  public synchronized List<String> ids() {
    return List.copyOf(goals.keySet());
  }

  /**
   * Whether a goal exists.
   *
   * @param goalId the goal's id
   * @return {@code true} when it does
   */
  public synchronized boolean contains(String goalId) {
    return goals.containsKey(goalId);
  }

  /**
   * A goal's place in the approval workflow.
   *
   * @param goalId the goal's id
   * @return the status, or empty for an unknown goal
   */
  public synchronized Optional<WorkflowStatus> status(String goalId) {
    return Optional.ofNullable(goals.get(goalId)).map(goal -> goal.status);
  }

  /**
   * The reviewers selected for a goal in review.
   *
   * @param goalId the goal's id
   * @return the user ids, empty when none or for an unknown goal
   */
  public synchronized List<String> reviewers(String goalId) {
    StoredGoal goal = goals.get(goalId);
    return goal == null ? List.of() : List.copyOf(goal.reviewers);
  }

  // ---- Operations of the endpoints (package-private)

  /** The total matching and copies of one window of them. */
  static final class Slice {
    final long total;
    final List<Map<String, Object>> items;

    Slice(long total, List<Map<String, Object>> items) {
      this.total = total;
      this.items = items;
    }
  }

  synchronized Slice find(
      Predicate<Map<String, Object>> filter, Comparator<Map<String, Object>> order, long skip, int limit) {
    List<Map<String, Object>> matching = new ArrayList<>();
    for (StoredGoal goal : goals.values()) {
      if (filter.test(goal.doc)) {
        matching.add(goal.doc);
      }
    }
    if (order != null) {
      matching.sort(order);
    }
    List<Map<String, Object>> window = new ArrayList<>();
    for (long i = skip; i < matching.size() && window.size() < limit; i++) {
      window.add(JsonTree.copy(matching.get((int) i)));
    }
    return new Slice(matching.size(), window);
  }

  synchronized List<Map<String, Object>> groups(boolean byOwners, GoalGroups.Query query) {
    return GoalGroups.groups(byOwners, goals.values(), query, sessions.instant());
  }

  synchronized List<Map<String, Object>> byMetricOwner(String ownerId) {
    List<Map<String, Object>> found = new ArrayList<>();
    for (StoredGoal goal : goals.values()) {
      if (JsonTree.values(goal.doc, "metrics.ownerIds").contains(ownerId)) {
        found.add(JsonTree.copy(goal.doc));
      }
    }
    return found;
  }

  synchronized Map<String, Object> get(String goalId) {
    return JsonTree.copy(require(goalId).doc);
  }

  synchronized List<Map<String, Object>> workflowActions(String goalId) {
    return JsonTree.copy(require(goalId).actions);
  }

  synchronized Map<String, Object> create(Object body) {
    Map<String, Object> doc = writer.create(body, goals::containsKey);
    goals.put((String) doc.get("id"), new StoredGoal(doc));
    return JsonTree.copy(doc);
  }

  synchronized List<Map<String, Object>> createAll(List<?> bodies) {
    if (bodies.isEmpty()) {
      throw ApiError.badRequest("goals needs at least one goal");
    }
    Map<String, StoredGoal> added = new LinkedHashMap<>();
    for (Object body : bodies) {
      Map<String, Object> doc = writer.create(body, id -> goals.containsKey(id) || added.containsKey(id));
      added.put((String) doc.get("id"), new StoredGoal(doc));
    }
    goals.putAll(added);
    List<Map<String, Object>> created = new ArrayList<>();
    for (StoredGoal goal : added.values()) {
      created.add(JsonTree.copy(goal.doc));
    }
    return created;
  }

  synchronized Map<String, Object> patch(String goalId, Object body) {
    return edit(goalId, true, doc -> writer.patch(doc, body, goals::containsKey));
  }

  synchronized Map<String, Object> replace(String goalId, Object body) {
    return edit(goalId, true, doc -> writer.replace(doc, body, goals::containsKey));
  }

  synchronized Map<String, Object> setConfidence(String goalId, Object body) {
    return edit(goalId, false, doc -> writer.confidence(doc, body));
  }

  synchronized void review(String goalId, Object body) {
    workflow.review(require(goalId), body);
  }

  synchronized void approve(String goalId, Object body) {
    workflow.approve(require(goalId), body);
  }

  synchronized void decline(String goalId, Object body) {
    workflow.decline(require(goalId), body);
  }

  synchronized void withdraw(String goalId) {
    workflow.withdraw(require(goalId));
  }

  synchronized void delete(String goalId) {
    require(goalId);
    deleteAll(List.of(goalId));
  }

  synchronized void deleteAll(List<String> goalIds) {
    if (goalIds.isEmpty()) {
      throw ApiError.badRequest("goalsIds needs at least one id");
    }
    for (String goalId : goalIds) {
      require(goalId);
    }
    LinkedHashSet<String> doomed = new LinkedHashSet<>(goalIds);
    goals.keySet().removeAll(doomed);
    for (StoredGoal goal : goals.values()) {
      if (doomed.contains(goal.doc.get("parentId"))) {
        goal.doc.put("parentId", "");
      }
    }
  }

  /** Runs an operation of the other endpoints (metrics) over the live goals, under the store's lock. */
  synchronized <T> T locked(Function<Collection<StoredGoal>, T> operation) {
    return operation.apply(goals.values());
  }

  /** The account's sessions. */
  Sessions sessions() {
    return sessions;
  }

  private Map<String, Object> edit(String goalId, boolean lockable, Function<Map<String, Object>, Map<String, Object>> change) {
    StoredGoal goal = require(goalId);
    if (lockable) {
      Workflow.requireEditable(goal);
    }
    goal.doc = change.apply(goal.doc);
    return JsonTree.copy(goal.doc);
  }

  private StoredGoal require(String goalId) {
    StoredGoal goal = goals.get(goalId);
    if (goal == null) {
      throw ApiError.goalNotFound(goalId);
    }
    return goal;
  }
}
