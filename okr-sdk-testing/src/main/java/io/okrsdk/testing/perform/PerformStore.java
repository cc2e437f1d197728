package io.okrsdk.testing.perform;

import io.okrsdk.perform.model.CheckinDetail;
import io.okrsdk.perform.model.Goal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * The in-memory state of a fake Perform &amp; Engage 365 API: goals and check-ins in the order they
 * were added (the order the listings return), each check-in with the employee it belongs to.
 *
 * <p>Thread-safe: requests read concurrently while a test adds data. Ids are unique per kind; adding
 * a second goal (or check-in) with an id already stored is refused.
 */
public final class PerformStore {
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final List<Goal> goals = new ArrayList<>();
  private final Map<String, Goal> goalsById = new HashMap<>();
  private final List<StoredCheckin> checkins = new ArrayList<>();
  private final Map<String, StoredCheckin> checkinsById = new HashMap<>();

  /** An empty store. */
  public PerformStore() {}

  /**
   * A store holding the vendor documentation's examples: the goal {@code
   * 580:fef0d7fb-c87a-4607-936f-7a87f9bad6d6} and the check-ins {@code
   * 580:ce417c60-30ca-4e39-967e-b258d496be30} (Michael Test, Research and Development, managed by
   * Joanne Stefani) and {@code 580:c9b26b5e-f9b5-4b5f-8525-5b706ce891ba} (listed without details in
 * the documentation; here it belongs to a made-up Sarah Example of Sales, also managed by Joanne
 * Stefani).
   *
   * @return the store
   */
  public static PerformStore withDocsExamples() {
    PerformStore store = new PerformStore();
    DocsExamples.addTo(store);
    return store;
  }

  /**
   * Adds a goal at the end of the listing.
   *
   * @param goal the goal
   * @throws IllegalArgumentException when a goal with its id is already stored
   */
  public void addGoal(Goal goal) {
    addGoals(List.of(goal));
  }

  /**
   * Adds goals at the end of the listing, all or none.
   *
   * @param added the goals
   * @throws IllegalArgumentException when an id is already stored or repeats among them
   */
  public void addGoals(Collection<Goal> added) {
    List<Goal> copy = List.copyOf(added);
    lock.writeLock().lock();
    try {
      Map<String, Goal> fresh = new HashMap<>();
      for (Goal goal : copy) {
        if (goalsById.containsKey(goal.apiId()) || fresh.put(goal.apiId(), goal) != null) {
          throw new IllegalArgumentException("a goal with id " + goal.apiId() + " is already stored");
        }
      }
      goals.addAll(copy);
      goalsById.putAll(fresh);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Adds a check-in at the end of the listing.
   *
   * @param checkin the check-in with its responses
   * @param employee the employee it belongs to, whom the listing's filters match
   * @throws IllegalArgumentException when a check-in with its id is already stored
   */
  public void addCheckin(CheckinDetail checkin, PerformEmployee employee) {
    Objects.requireNonNull(checkin, "checkin");
    Objects.requireNonNull(employee, "employee");
    lock.writeLock().lock();
    try {
      if (checkinsById.containsKey(checkin.apiId())) {
        throw new IllegalArgumentException("a check-in with id " + checkin.apiId() + " is already stored");
      }
      StoredCheckin stored = new StoredCheckin(checkin, employee);
      checkins.add(stored);
      checkinsById.put(checkin.apiId(), stored);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Every goal, in listing order.
   *
   * @return a snapshot
   */
  public List<Goal> goals() {
    return readGoals(List::copyOf);
  }

  /**
   * One goal.
   *
   * @param apiId the id
   * @return the goal, or empty when there is none with this id
   */
  public Optional<Goal> goal(String apiId) {
    lock.readLock().lock();
    try {
      return Optional.ofNullable(goalsById.get(apiId));
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * Every check-in with its responses, in listing order.
   *
   * @return a snapshot
   */
  public List<CheckinDetail> checkins() {
    return readCheckins(
        all -> {
          List<CheckinDetail> details = new ArrayList<>(all.size());
          for (StoredCheckin stored : all) {
            details.add(stored.detail);
          }
          return Collections.unmodifiableList(details);
        });
  }

  /**
   * One check-in with its responses.
   *
   * @param apiId the id
   * @return the check-in, or empty when there is none with this id
   */
  public Optional<CheckinDetail> checkin(String apiId) {
    return stored(apiId).map(stored -> stored.detail);
  }

  /**
   * The employee a check-in belongs to.
   *
   * @param checkinApiId the check-in's id
   * @return the employee, or empty when there is no such check-in
   */
  public Optional<PerformEmployee> employeeOf(String checkinApiId) {
    return stored(checkinApiId).map(stored -> stored.employee);
  }

  /** Runs a read over the goals (an unmodifiable view, valid only during the call) under the read lock. */
  <R> R readGoals(Function<List<Goal>, R> read) {
    lock.readLock().lock();
    try {
      return read.apply(Collections.unmodifiableList(goals));
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Runs a read over the check-ins (an unmodifiable view, valid only during the call) under the read lock. */
  <R> R readCheckins(Function<List<StoredCheckin>, R> read) {
    lock.readLock().lock();
    try {
      return read.apply(Collections.unmodifiableList(checkins));
    } finally {
      lock.readLock().unlock();
    }
  }

  private Optional<StoredCheckin> stored(String apiId) {
    lock.readLock().lock();
    try {
      return Optional.ofNullable(checkinsById.get(apiId));
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public String toString() {
    return readGoals(all -> "PerformStore{" + all.size() + " goals, ")
        + readCheckins(all -> all.size() + " check-ins}");
  }
}
