package io.okrsdk.testing.ogsm;

import io.okrsdk.core.json.OpenEnum;
import io.okrsdk.ogsm.model.Action;
import io.okrsdk.ogsm.model.Goal;
import io.okrsdk.ogsm.model.GoalMeasurement;
import io.okrsdk.ogsm.model.Kpi;
import io.okrsdk.ogsm.model.KpiMeasurement;
import io.okrsdk.ogsm.model.NewGoalMeasurement;
import io.okrsdk.ogsm.model.NewKpiMeasurement;
import io.okrsdk.ogsm.model.Objective;
import io.okrsdk.ogsm.model.Strategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * The in-memory state of a fake OGSM environment: its objectives, goals, strategies, KPIs, actions
 * and the measurements of goals and KPIs, each kept in the order added.
 *
 * <p>Thread-safe: every method is atomic, and lists are snapshots the store does not change later.
 * Each kind of item has its own ids, as on the real service; a created measurement gets the highest
 * id of its kind plus one.
 */
public final class OgsmStore {
  private final List<Objective> objectives = new ArrayList<>();
  private final List<Goal> goals = new ArrayList<>();
  private final List<GoalMeasurement> goalMeasurements = new ArrayList<>();
  private final List<Strategy> strategies = new ArrayList<>();
  private final List<Kpi> kpis = new ArrayList<>();
  private final List<KpiMeasurement> kpiMeasurements = new ArrayList<>();
  private final List<Action> actions = new ArrayList<>();

  /** An empty store. */
  public OgsmStore() {}

  /**
   * A store holding one of each of the documentation's example objects ({@link OgsmExamples}).
   *
   * @return the store
   */
  public static OgsmStore withExamples() {
    OgsmStore store = new OgsmStore();
    store.addObjective(OgsmExamples.objective());
    store.addGoal(OgsmExamples.goal());
    store.addGoalMeasurement(OgsmExamples.goalMeasurement());
    store.addStrategy(OgsmExamples.strategy());
    store.addKpi(OgsmExamples.kpi());
    store.addKpiMeasurement(OgsmExamples.kpiMeasurement());
    store.addAction(OgsmExamples.action());
    return store;
  }

  /**
   * Adds an objective.
   *
   * @param objective the objective
   * @return this store
   */
  public synchronized OgsmStore addObjective(Objective objective) {
    objectives.add(Objects.requireNonNull(objective, "objective"));
    return this;
  }

  /**
   * Adds a goal.
   *
   * @param goal the goal
   * @return this store
   */
  public synchronized OgsmStore addGoal(Goal goal) {
    goals.add(Objects.requireNonNull(goal, "goal"));
    return this;
  }

  /**
   * Adds a goal measurement as it is, id included (its goal need not exist).
   *
   * @param measurement the measurement
   * @return this store
   */
  public synchronized OgsmStore addGoalMeasurement(GoalMeasurement measurement) {
    goalMeasurements.add(Objects.requireNonNull(measurement, "measurement"));
    return this;
  }

  /**
   * Adds a strategy.
   *
   * @param strategy the strategy
   * @return this store
   */
  public synchronized OgsmStore addStrategy(Strategy strategy) {
    strategies.add(Objects.requireNonNull(strategy, "strategy"));
    return this;
  }

  /**
   * Adds a KPI.
   *
   * @param kpi the KPI
   * @return this store
   */
  public synchronized OgsmStore addKpi(Kpi kpi) {
    kpis.add(Objects.requireNonNull(kpi, "kpi"));
    return this;
  }

  /**
   * Adds a KPI measurement as it is, id included (its KPI need not exist).
   *
   * @param measurement the measurement
   * @return this store
   */
  public synchronized OgsmStore addKpiMeasurement(KpiMeasurement measurement) {
    kpiMeasurements.add(Objects.requireNonNull(measurement, "measurement"));
    return this;
  }

  /**
   * Adds an action.
   *
   * @param action the action
   * @return this store
   */
  public synchronized OgsmStore addAction(Action action) {
    actions.add(Objects.requireNonNull(action, "action"));
    return this;
  }

  /**
   * Adds {@code count} generated goals ({@link OgsmGenerator#goal(long, int)}), numbered on from
   * the goals already held, with ids after the highest goal id.
   *
   * @param count how many, zero or more
   * @return this store
   */
  public synchronized OgsmStore addGeneratedGoals(int count) {
    requireCount(count);
    long firstId = nextId(goals, Goal::id);
    int firstNumber = goals.size() + 1;
    for (int i = 0; i < count; i++) {
      goals.add(OgsmGenerator.goal(firstId + i, firstNumber + i));
    }
    return this;
  }

  /**
   * Adds {@code count} generated KPIs ({@link OgsmGenerator#kpi(long, int, long)}) measuring the
   * first strategy (or strategy {@value OgsmExamples#ID} when there is none).
   *
   * @param count how many, zero or more
   * @return this store
   */
  public synchronized OgsmStore addGeneratedKpis(int count) {
    requireCount(count);
    long firstId = nextId(kpis, Kpi::id);
    int firstNumber = kpis.size() + 1;
    long strategyId = strategies.isEmpty() ? OgsmExamples.ID : strategies.get(0).id();
    for (int i = 0; i < count; i++) {
      kpis.add(OgsmGenerator.kpi(firstId + i, firstNumber + i, strategyId));
    }
    return this;
  }

  /**
   * Adds {@code perGoal} generated measurements ({@link OgsmGenerator#goalMeasurement(long, long,
   * int)}) to every goal held now, one month apart.
   *
   * @param perGoal how many per goal, zero or more
   * @return this store
   */
  public synchronized OgsmStore addGeneratedGoalMeasurements(int perGoal) {
    requireCount(perGoal);
    long id = nextId(goalMeasurements, GoalMeasurement::id);
    for (Goal goal : goals) {
      for (int n = 1; n <= perGoal; n++) {
        goalMeasurements.add(OgsmGenerator.goalMeasurement(id++, goal.id(), n));
      }
    }
    return this;
  }

  /**
   * Records a measurement for a goal, as {@code POST /api/v2/goal_reports.json} does.
   *
   * @param request the measurement to create
   * @return the stored measurement with its new id, or empty when no goal has the requested id
   */
  public synchronized Optional<GoalMeasurement> createGoalMeasurement(NewGoalMeasurement request) {
    long goalId = request.goal().id();
    if (goals.stream().noneMatch(goal -> goal.id() == goalId)) {
      return Optional.empty();
    }
    GoalMeasurement created =
        GoalMeasurement.builder()
            .id(nextId(goalMeasurements, GoalMeasurement::id))
            .goal(request.goal())
            .at(request.at())
            .currentValue(request.currentValue())
            .targetValue(request.targetValue())
            .trafficLight(request.trafficLight().map(OpenEnum::of))
            .showInOgsm(request.showInOgsm().orElse(false))
            .description(request.description())
            .build();
    goalMeasurements.add(created);
    return Optional.of(created);
  }

  /**
   * Records a measurement for a KPI, as {@code POST /api/v2/indicator_reports.json} does.
   *
   * @param request the measurement to create
   * @return the stored measurement with its new id, or empty when no KPI has the requested id
   */
  public synchronized Optional<KpiMeasurement> createKpiMeasurement(NewKpiMeasurement request) {
    long kpiId = request.kpi().id();
    if (kpis.stream().noneMatch(kpi -> kpi.id() == kpiId)) {
      return Optional.empty();
    }
    KpiMeasurement created =
        KpiMeasurement.builder()
            .id(nextId(kpiMeasurements, KpiMeasurement::id))
            .kpi(request.kpi())
            .at(request.at())
            .currentValue(request.currentValue())
            .targetValue(request.targetValue())
            .trafficLight(request.trafficLight().map(OpenEnum::of))
            .showInOgsm(request.showInOgsm().orElse(false))
            .description(request.description())
            .build();
    kpiMeasurements.add(created);
    return Optional.of(created);
  }

  /**
   * The objectives.
   *
   * @return a snapshot, in the order added
   */
  public synchronized List<Objective> objectives() {
    return List.copyOf(objectives);
  }

  /**
   * The goals.
   *
   * @return a snapshot, in the order added
   */
  public synchronized List<Goal> goals() {
    return List.copyOf(goals);
  }

  /**
   * The goal measurements.
   *
   * @return a snapshot, in the order added or created
   */
  public synchronized List<GoalMeasurement> goalMeasurements() {
    return List.copyOf(goalMeasurements);
  }

  /**
   * The strategies.
   *
   * @return a snapshot, in the order added
   */
  public synchronized List<Strategy> strategies() {
    return List.copyOf(strategies);
  }

  /**
   * The KPIs.
   *
   * @return a snapshot, in the order added
   */
  public synchronized List<Kpi> kpis() {
    return List.copyOf(kpis);
  }

  /**
   * The KPI measurements.
   *
   * @return a snapshot, in the order added or created
   */
  public synchronized List<KpiMeasurement> kpiMeasurements() {
    return List.copyOf(kpiMeasurements);
  }

  /**
   * The actions.
   *
   * @return a snapshot, in the order added
   */
  public synchronized List<Action> actions() {
    return List.copyOf(actions);
  }

  private static <T> long nextId(List<T> items, ToLongFunction<T> id) {
    return items.stream().mapToLong(id).max().orElse(0) + 1;
  }

  private static void requireCount(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, was " + count);
    }
  }
}
