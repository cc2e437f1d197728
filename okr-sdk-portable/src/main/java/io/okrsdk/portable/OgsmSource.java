package io.okrsdk.portable;

import io.okrsdk.core.internal.paging.Paging;
import io.okrsdk.core.json.OpenEnum;
import io.okrsdk.core.paging.PagingMode;
import io.okrsdk.ogsm.OgsmClient;
import io.okrsdk.ogsm.model.CanvasReference;
import io.okrsdk.ogsm.model.Goal;
import io.okrsdk.ogsm.model.Kpi;
import io.okrsdk.ogsm.model.Measurable;
import io.okrsdk.ogsm.model.Measurement;
import io.okrsdk.ogsm.model.NewGoalMeasurement;
import io.okrsdk.ogsm.model.NewKpiMeasurement;
import io.okrsdk.ogsm.model.OgsmItem;
import io.okrsdk.ogsm.model.Reference;
import io.okrsdk.ogsm.model.TrafficLight;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * OGSM in the portable model. OGSM objectives and strategies are objectives (a strategy's parent is
 * the objective on its canvas); OGSM goals are key results of the objective on their canvas, KPIs
 * key results of the strategy they measure. Values come from each item's latest measurement. A goal
 * or KPI with no objective or strategy to hang under becomes an objective of its own.
 *
 * <p>OGSM ids are unique per kind only, so portable ids carry the kind: {@code objective:1},
 * {@code strategy:2}, {@code goal:3}, {@code kpi:4}. The API returns each list whole, so a listing
 * is six requests, made when iteration starts; {@link #get(String)} reads the same lists. Recording
 * progress creates a goal or KPI measurement.
 */
public final class OgsmSource implements OkrSource {
  /**
   * The platform returns these lists whole, so the listing is a single page: it is fetched on the
   * caller's thread when iteration starts, and there is no next page to fetch ahead.
   */
  private static final Paging WHOLE_LIST = new Paging(PagingMode.sequential(), 0);

  private static final Set<Capability> CAPABILITIES = Collections.unmodifiableSet(
      EnumSet.of(Capability.GET_BY_ID, Capability.DATE_WINDOW, Capability.RECORD_PROGRESS));

  private final OgsmClient client;

  private OgsmSource(OgsmClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  /**
   * A source reading and writing through the client; the client stays the caller's to close.
   *
   * @param client the client
   * @return the source
   */
  public static OgsmSource of(OgsmClient client) {
    return new OgsmSource(client);
  }

  @Override
  public Platform platform() {
    return Platform.OGSM;
  }

  @Override
  public Set<Capability> capabilities() {
    return CAPABILITIES;
  }

  @Override
  public ObjectiveListing objectives(ObjectiveQuery query) {
    if (query.period().isPresent()) {
      throw Unsupported.of(Platform.OGSM, Capability.PERIOD_FILTER, "OGSM has no periods; use a date window instead");
    }
    return ObjectiveListing.of(WHOLE_LIST.single(this::load), objective -> objective, query::overlaps);
  }

  @Override
  public Optional<Objective> get(String id) {
    return load().stream().filter(objective -> objective.id().equals(id)).findFirst();
  }

  @Override
  public void recordProgress(ProgressUpdate update) {
    String id = update.keyResultId();
    LocalDate at = update.at().orElseGet(LocalDate::now);
    Optional<TrafficLight> light = update.status().flatMap(OgsmSource::trafficLight);
    if (id.startsWith("goal:")) {
      client.goalMeasurements().create(NewGoalMeasurement.builder()
          .goal(Reference.of(number(id))).at(at).currentValue(update.value())
          .trafficLight(light).description(update.note()).build());
    } else if (id.startsWith("kpi:")) {
      client.kpiMeasurements().create(NewKpiMeasurement.builder()
          .kpi(Reference.of(number(id))).at(at).currentValue(update.value())
          .trafficLight(light).description(update.note()).build());
    } else {
      throw new IllegalArgumentException(
          "OGSM records measurements on goals and KPIs only; the id must look like goal:123 or kpi:123, was " + id);
    }
  }

  private static long number(String id) {
    try {
      return Long.parseLong(id.substring(id.indexOf(':') + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not an OGSM goal or KPI id: " + id, e);
    }
  }

  private List<Objective> load() {
    return assemble(client.objectives().listAll(), client.strategies().listAll(), client.goals().listAll(),
        client.kpis().listAll(), latest(client.goalMeasurements().listAll(), m -> m.goal().id()),
        latest(client.kpiMeasurements().listAll(), m -> m.kpi().id()));
  }

  private static <M extends Measurement> Map<Long, List<? extends Measurement>> latest(List<M> measurements, java.util.function.ToLongFunction<M> item) {
    Map<Long, List<M>> byItem = new HashMap<>();
    for (M measurement : measurements) {
      byItem.computeIfAbsent(item.applyAsLong(measurement), id -> new ArrayList<>()).add(measurement);
    }
    for (List<M> list : byItem.values()) {
      // Newest first: by day, then by id (the later record of a day wins).
      list.sort((a, b) -> {
        LocalDate dayA = a.at().orElse(LocalDate.MIN);
        LocalDate dayB = b.at().orElse(LocalDate.MIN);
        return dayA.equals(dayB) ? Long.compare(b.id(), a.id()) : dayB.compareTo(dayA);
      });
    }
    return new HashMap<>(byItem);
  }

  static List<Objective> assemble(
      List<io.okrsdk.ogsm.model.Objective> objectives,
      List<io.okrsdk.ogsm.model.Strategy> strategies,
      List<Goal> goals,
      List<Kpi> kpis,
      Map<Long, List<? extends Measurement>> goalMeasurements,
      Map<Long, List<? extends Measurement>> kpiMeasurements) {
    Map<Long, String> objectiveOfCanvas = new HashMap<>();
    for (io.okrsdk.ogsm.model.Objective objective : objectives) {
      for (CanvasReference canvas : objective.canvases()) {
        objectiveOfCanvas.putIfAbsent(canvas.id(), "objective:" + objective.id());
      }
    }
    Map<String, List<KeyResult>> keyResults = new LinkedHashMap<>();
    Map<String, List<String>> children = new LinkedHashMap<>();
    Map<String, String> parents = new HashMap<>();
    Set<Long> strategyIds = strategies.stream().map(OgsmItem::id).collect(Collectors.toSet());
    for (io.okrsdk.ogsm.model.Strategy strategy : strategies) {
      home(strategy, objectiveOfCanvas).ifPresent(parent -> {
        parents.put("strategy:" + strategy.id(), parent);
        children.computeIfAbsent(parent, id -> new ArrayList<>()).add("strategy:" + strategy.id());
      });
    }
    List<Objective> orphans = new ArrayList<>();
    for (Goal goal : goals) {
      List<? extends Measurement> history = goalMeasurements.getOrDefault(goal.id(), List.of());
      Optional<String> home = home(goal, objectiveOfCanvas);
      if (home.isPresent()) {
        keyResults.computeIfAbsent(home.get(), id -> new ArrayList<>()).add(keyResult(goal, "goal", home.get(), history));
      } else {
        orphans.add(standalone(goal, "goal", history));
      }
    }
    for (Kpi kpi : kpis) {
      List<? extends Measurement> history = kpiMeasurements.getOrDefault(kpi.id(), List.of());
      Optional<String> home = kpi.strategies().stream().map(Reference::id).filter(strategyIds::contains)
          .map(id -> "strategy:" + id).findFirst().or(() -> home(kpi, objectiveOfCanvas));
      if (home.isPresent()) {
        keyResults.computeIfAbsent(home.get(), id -> new ArrayList<>()).add(keyResult(kpi, "kpi", home.get(), history));
      } else {
        orphans.add(standalone(kpi, "kpi", history));
      }
    }
    List<Objective> all = new ArrayList<>();
    for (io.okrsdk.ogsm.model.Objective objective : objectives) {
      String id = "objective:" + objective.id();
      all.add(container(objective, "objective", id, Optional.empty(), children.getOrDefault(id, List.of()),
          keyResults.getOrDefault(id, List.of())));
    }
    for (io.okrsdk.ogsm.model.Strategy strategy : strategies) {
      String id = "strategy:" + strategy.id();
      all.add(container(strategy, "strategy", id, Optional.ofNullable(parents.get(id)), List.of(),
          keyResults.getOrDefault(id, List.of())));
    }
    all.addAll(orphans);
    return all;
  }

  private static Optional<String> home(OgsmItem item, Map<Long, String> objectiveOfCanvas) {
    return item.canvases().stream().map(c -> objectiveOfCanvas.get(c.id())).filter(Objects::nonNull).findFirst();
  }

  private static Objective container(
      OgsmItem item, String kind, String id, Optional<String> parent, List<String> children, List<KeyResult> keyResults) {
    List<Double> progresses = keyResults.stream().flatMap(kr -> kr.progress().stream()).collect(Collectors.toList());
    Optional<Double> progress = progresses.isEmpty()
        ? Optional.empty()
        : Progress.fraction(progresses.stream().mapToDouble(Double::doubleValue).average().getAsDouble());
    return Objective.builder()
        .source(SourceRef.builder().platform(Platform.OGSM).id(id).kind(kind).build())
        .title(item.title())
        .description(item.descriptionText().filter(d -> !d.isBlank()))
        .owners(owners(item))
        .progress(progress)
        .status(Statuses.rollUp(keyResults))
        .parentId(parent)
        .childIds(children)
        .keyResults(keyResults)
        .build();
  }

  private static KeyResult keyResult(Measurable item, String kind, String objectiveId, List<? extends Measurement> history) {
    Values values = Values.of(item, history);
    return KeyResult.builder()
        .source(SourceRef.builder().platform(Platform.OGSM).id(kind + ":" + item.id()).kind(kind).build())
        .objectiveId(objectiveId)
        .title(item.title())
        .description(item.descriptionText().filter(d -> !d.isBlank()))
        .owners(owners(item))
        .updated(values.updated)
        .progress(values.progress)
        .currentValue(values.latest.flatMap(Measurement::currentValue))
        .targetValue(values.target)
        .unit(item.targetUnit().filter(u -> !u.isBlank()))
        .status(values.status)
        .rawStatus(values.light.map(OpenEnum::value))
        .build();
  }

  private static Objective standalone(Measurable item, String kind, List<? extends Measurement> history) {
    Values values = Values.of(item, history);
    return Objective.builder()
        .source(SourceRef.builder().platform(Platform.OGSM).id(kind + ":" + item.id()).kind(kind).build())
        .title(item.title())
        .description(item.descriptionText().filter(d -> !d.isBlank()))
        .owners(owners(item))
        .updated(values.updated)
        .progress(values.progress)
        .currentValue(values.latest.flatMap(Measurement::currentValue))
        .targetValue(values.target)
        .unit(item.targetUnit().filter(u -> !u.isBlank()))
        .status(values.status)
        .rawStatus(values.light.map(OpenEnum::value))
        .build();
  }

  private static List<Owner> owners(OgsmItem item) {
    return item.assignee().map(p -> p.name()).filter(n -> !n.isBlank()).map(n -> List.of(Owner.ofName(n))).orElse(List.of());
  }

  /** What a goal's or KPI's measurements tell: the latest value, target, traffic light and derived status. */
  private static final class Values {
    final Optional<Measurement> latest;
    final Optional<java.math.BigDecimal> target;
    final Optional<OpenEnum<TrafficLight>> light;
    final Optional<LocalDate> updated;
    final Optional<Double> progress;
    final Status status;

    private Values(Measurable item, List<? extends Measurement> newestFirst) {
      this.latest = newestFirst.stream().findFirst().map(m -> (Measurement) m);
      this.target = newestFirst.stream().flatMap(m -> m.targetValue().stream()).findFirst();
      this.light = item.trafficLight().or(() -> latest.flatMap(Measurement::trafficLight));
      this.updated = latest.flatMap(Measurement::at);
      this.progress = Progress.between(Optional.empty(), latest.flatMap(Measurement::currentValue), target);
      this.status = light.flatMap(OpenEnum::known).map(OgsmSource::status)
          .orElse(latest.isEmpty() ? Status.NOT_STARTED : Status.UNKNOWN);
    }

    static Values of(Measurable item, List<? extends Measurement> newestFirst) {
      return new Values(item, newestFirst);
    }
  }

  static Status status(TrafficLight light) {
    switch (light) {
      case GREEN:
        return Status.ON_TRACK;
      case ORANGE:
        return Status.AT_RISK;
      default:
        return Status.OFF_TRACK;
    }
  }

  static Optional<TrafficLight> trafficLight(Status status) {
    switch (status) {
      case ON_TRACK:
      case DONE:
        return Optional.of(TrafficLight.GREEN);
      case AT_RISK:
        return Optional.of(TrafficLight.ORANGE);
      case OFF_TRACK:
        return Optional.of(TrafficLight.RED);
      default:
        return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return "OgsmSource";
  }
}
