package io.okrsdk.portable;

import io.okrsdk.core.internal.paging.Paging;
import io.okrsdk.core.json.OpenEnum;
import io.okrsdk.core.paging.PagingMode;
import io.okrsdk.jira.query.DateWindow;
import io.okrsdk.jira.query.ObjectiveExpand;
import io.okrsdk.jira.OkrForJiraClient;
import io.okrsdk.jira.OkrGraph;
import io.okrsdk.jira.model.KeyResultUnit;
import io.okrsdk.jira.model.LatestUpdate;
import io.okrsdk.jira.model.OkrItem;
import io.okrsdk.jira.model.OkrStatus;
import io.okrsdk.jira.model.ProgressDefinition;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * OKR for Jira in the portable model: objectives and key results map one to one, with the
 * objective tree, periods and the latest update's status. The API answers a date window with the
 * whole graph in one response, so a listing is one request for 2000-01-01 to 2100-12-31; a query's
 * window is applied to that answer (the API's own window matches items starting or due inside it and
 * would miss an objective spanning it). Recording progress posts a key result update.
 */
public final class JiraSource implements OkrSource {
  /**
   * The platform returns these lists whole, so the listing is a single page: it is fetched on the
   * caller's thread when iteration starts, and there is no next page to fetch ahead.
   */
  private static final Paging WHOLE_LIST = new Paging(PagingMode.sequential(), 0);

  static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
  static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
  private static final Set<Capability> CAPABILITIES = Collections.unmodifiableSet(
      EnumSet.of(Capability.GET_BY_ID, Capability.DATE_WINDOW, Capability.PERIOD_FILTER, Capability.RECORD_PROGRESS));

  private final OkrForJiraClient client;

  private JiraSource(OkrForJiraClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  /**
   * A source reading and writing through the client; the client stays the caller's to close.
   *
   * @param client the client
   * @return the source
   */
  public static JiraSource of(OkrForJiraClient client) {
    return new JiraSource(client);
  }

  @Override
  public Platform platform() {
    return Platform.JIRA;
  }

  @Override
  public Set<Capability> capabilities() {
    return CAPABILITIES;
  }

  @Override
  public ObjectiveListing objectives(ObjectiveQuery query) {
    // The API's window matches items starting or due inside it, which misses an objective spanning
    // the whole window; ask for everything and keep what overlaps, as every source does.
    DateWindow window = DateWindow.between(EARLIEST, LATEST);
    return ObjectiveListing.of(
        WHOLE_LIST.single(() -> objectives(client.okrs().objectivesByDate(window, ObjectiveExpand.all()))),
        objective -> objective,
        objective -> query.overlaps(objective) && inPeriod(objective, query.period()));
  }

  @Override
  public Optional<Objective> get(String id) {
    OkrGraph graph = client.okrs().objectivesByIds(List.of(id), ObjectiveExpand.all());
    return graph.objective(id).map(objective -> objective(graph, objective));
  }

  @Override
  public void recordProgress(ProgressUpdate update) {
    client.updates().keyResult(
        update.keyResultId(),
        update.status().flatMap(JiraSource::jiraStatus).orElse(null),
        update.value().doubleValue(),
        update.note().orElse(null));
  }

  static List<Objective> objectives(OkrGraph graph) {
    List<Objective> all = new ArrayList<>(graph.objectives().size());
    for (io.okrsdk.jira.model.Objective objective : graph.objectives()) {
      all.add(objective(graph, objective));
    }
    return all;
  }

  private static boolean inPeriod(Objective objective, Optional<String> period) {
    return period.isEmpty()
        || objective.period().map(p -> p.id().equals(period.get()) || p.name().map(period.get()::equalsIgnoreCase).orElse(false))
            .orElse(false);
  }

  static Objective objective(OkrGraph graph, io.okrsdk.jira.model.Objective objective) {
    List<KeyResult> keyResults = new ArrayList<>();
    for (io.okrsdk.jira.model.KeyResult keyResult : graph.keyResultsOf(objective)) {
      keyResults.add(keyResult(graph, objective.id(), keyResult));
    }
    Optional<OpenEnum<OkrStatus>> raw = objective.latestUpdate().flatMap(LatestUpdate::status);
    Status status = raw.map(JiraSource::status).filter(s -> s != Status.UNKNOWN).orElseGet(() -> Statuses.rollUp(keyResults));
    ImmutableObjective.Builder builder = Objective.builder()
        .parentId(graph.parentOf(objective).map(io.okrsdk.jira.model.Objective::id))
        .childIds(objective.childObjectiveIds())
        .keyResults(keyResults)
        .status(status)
        .rawStatus(raw.map(OpenEnum::value));
    common(graph, objective, "objective", builder::source, builder::title, builder::description, builder::owners,
        builder::period, builder::startDate, builder::dueDate, builder::updated, builder::progress);
    return builder.build();
  }

  static KeyResult keyResult(OkrGraph graph, String objectiveId, io.okrsdk.jira.model.KeyResult keyResult) {
    Optional<OpenEnum<OkrStatus>> raw = keyResult.latestUpdate().flatMap(LatestUpdate::status);
    Optional<ProgressDefinition> definition = keyResult.currentProgressDefinition();
    ImmutableKeyResult.Builder builder = KeyResult.builder()
        .objectiveId(objectiveId)
        .startValue(Progress.decimal(definition.flatMap(ProgressDefinition::startValue)))
        .targetValue(Progress.decimal(definition.flatMap(ProgressDefinition::desiredValue)))
        .currentValue(Progress.decimal(keyResult.latestUpdate().flatMap(LatestUpdate::value)))
        .unit(keyResult.unit().flatMap(JiraSource::unit))
        // No update yet and nothing done: not started.
        .status(raw.map(JiraSource::status).orElse(
            keyResult.latestUpdate().isEmpty() && keyResult.percentDone() == 0 ? Status.NOT_STARTED : Status.UNKNOWN))
        .rawStatus(raw.map(OpenEnum::value));
    common(graph, keyResult, "key_result", builder::source, builder::title, builder::description, builder::owners,
        builder::period, builder::startDate, builder::dueDate, builder::updated, builder::progress);
    return builder.build();
  }

  /** Fills what objectives and key results share; the setters are the two builders' own. */
  private static void common(
      OkrGraph graph,
      OkrItem item,
      String kind,
      java.util.function.Consumer<SourceRef> source,
      java.util.function.Consumer<String> title,
      java.util.function.Consumer<Optional<String>> description,
      java.util.function.Consumer<List<Owner>> owners,
      java.util.function.Consumer<Optional<Period>> period,
      java.util.function.Consumer<Optional<LocalDate>> startDate,
      java.util.function.Consumer<Optional<LocalDate>> dueDate,
      java.util.function.Consumer<Optional<LocalDate>> updated,
      java.util.function.Consumer<Optional<Double>> progress) {
    source.accept(SourceRef.builder().platform(Platform.JIRA).id(item.id()).kind(kind).key(item.key()).webUrl(item.link()).build());
    title.accept(item.name());
    description.accept(PlainText.of(item.description()));
    List<Owner> all = new ArrayList<>();
    item.ownerAccountId().filter(id -> !id.isBlank()).ifPresent(id -> all.add(Owner.ofId(id)));
    item.collaboratorAccountIds().stream().filter(id -> !id.isBlank()).forEach(id -> all.add(Owner.ofId(id)));
    owners.accept(all);
    period.accept(graph.periodOf(item).map(JiraSource::period)
        .or(() -> item.periodAliasId().filter(id -> !id.isBlank()).map(Period::ofId)));
    startDate.accept(item.startDate().map(OffsetDateTime::toLocalDate));
    dueDate.accept(item.deadline().map(OffsetDateTime::toLocalDate));
    updated.accept(item.latestUpdate().flatMap(LatestUpdate::created).map(OffsetDateTime::toLocalDate));
    progress.accept(Progress.fraction(item.percentDone() / 100));
  }

  private static Period period(io.okrsdk.jira.model.Period period) {
    return Period.builder()
        .id(period.id())
        .name(period.name())
        .start(period.startDate().map(OffsetDateTime::toLocalDate))
        .end(period.deadline().map(OffsetDateTime::toLocalDate))
        .build();
  }

  private static Optional<String> unit(KeyResultUnit unit) {
    return unit.symbol().filter(s -> !s.isBlank()).or(() -> unit.name().filter(n -> !n.isBlank()));
  }

  static Status status(OpenEnum<OkrStatus> raw) {
    if (!raw.isKnown()) {
      return Status.UNKNOWN;
    }
    switch (raw.known().get()) {
      case ON_TRACK:
        return Status.ON_TRACK;
      case AT_RISK:
      case ASSUMPTIONS_CHANGED:
        return Status.AT_RISK;
      case ACTION_REQUIRED:
      case DELAYED:
      case FAILED:
      case MISSED_TARGET:
        return Status.OFF_TRACK;
      case SUCCESS:
      case FINISHED:
        return Status.DONE;
      case NOT_STARTED:
        return Status.NOT_STARTED;
      default:
        return Status.UNKNOWN;
    }
  }

  static Optional<OkrStatus> jiraStatus(Status status) {
    switch (status) {
      case ON_TRACK:
        return Optional.of(OkrStatus.ON_TRACK);
      case AT_RISK:
        return Optional.of(OkrStatus.AT_RISK);
      case OFF_TRACK:
        return Optional.of(OkrStatus.ACTION_REQUIRED);
      case DONE:
        return Optional.of(OkrStatus.FINISHED);
      case NOT_STARTED:
        return Optional.of(OkrStatus.NOT_STARTED);
      default:
        return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return "JiraSource";
  }

}
