package io.okrsdk.portable;

import io.okrsdk.core.NotFoundException;
import io.okrsdk.gtmhub.GtmhubClient;
import io.okrsdk.gtmhub.model.Goal;
import io.okrsdk.gtmhub.model.ImmutableMetricCheckin;
import io.okrsdk.gtmhub.model.Metric;
import io.okrsdk.gtmhub.model.MetricCheckin;
import io.okrsdk.gtmhub.model.MetricFormat;
import io.okrsdk.gtmhub.query.Fields;
import io.okrsdk.gtmhub.query.Filter;
import io.okrsdk.gtmhub.query.Formatting;
import io.okrsdk.gtmhub.query.ListQuery;
import io.okrsdk.gtmhub.query.ImmutableListQuery;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Gtmhub (Quantive Results) in the portable model: goals are objectives, their metrics key results.
 * Listings page through {@code GET /goals} with metrics included; a period is a session, matched by
 * id on the server.
 *
 * <p>Recording progress is a metric check-in ({@code POST /api/v1/metrics/{metricId}/checkin}): the
 * value, the note as comment and the day as check-in date; a portable status is not sent, since a
 * Gtmhub metric has a confidence, not a status.
 */
public final class GtmhubSource implements OkrSource {
  /** Every field the mapping reads, so the list projection leaves none out. */
  static final Fields FIELDS = Fields.of(
          "name", "description", "sessionId", "ownerId", "ownerIds", "parentId", "dateCreated", "dateFrom",
          "dateTo", "url", "attainment", "closedStatus", "assignee", "metrics", "links");
  private static final int PAGE_SIZE = 200;
  /** The closed status of a goal closed as achieved; {@code open} and others leave the status to the metrics. */
  private static final String ACHIEVED = "achieved";
  private static final Set<Capability> CAPABILITIES = Collections.unmodifiableSet(
      EnumSet.of(Capability.GET_BY_ID, Capability.DATE_WINDOW, Capability.PERIOD_FILTER, Capability.SERVER_PAGING,
          Capability.RECORD_PROGRESS));

  private final GtmhubClient client;

  private GtmhubSource(GtmhubClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  /**
   * A source reading through the client; the client stays the caller's to close.
   *
   * @param client the client
   * @return the source
   */
  public static GtmhubSource of(GtmhubClient client) {
    return new GtmhubSource(client);
  }

  @Override
  public Platform platform() {
    return Platform.GTMHUB;
  }

  @Override
  public Set<Capability> capabilities() {
    return CAPABILITIES;
  }

  @Override
  public ObjectiveListing objectives(ObjectiveQuery query) {
    ImmutableListQuery.Builder goals = ListQuery.builder().pageSize(PAGE_SIZE).fields(FIELDS).formatting(Formatting.PLAIN_TEXT);
    query.period().ifPresent(session -> goals.filter(Filter.eq("sessionId", session)));
    return ObjectiveListing.of(client.goals().list(goals.build()), GtmhubSource::objective, query::overlaps);
  }

  @Override
  public Optional<Objective> get(String id) {
    try {
      return Optional.of(objective(client.goals().get(id, FIELDS, Formatting.PLAIN_TEXT)));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  @Override
  public void recordProgress(ProgressUpdate update) {
    // A metric check-in: the value becomes the metric's actual, the note its comment and the day
    // (start of day, UTC) its check-in date. Gtmhub has no status on a metric, only a confidence
    // the portable status cannot be turned back into, so a status is not sent.
    ImmutableMetricCheckin.Builder checkin = MetricCheckin.builder().actual(update.value()).comment(update.note());
    update.at().ifPresent(day -> checkin.checkInDate(day.atStartOfDay().atOffset(ZoneOffset.UTC)));
    client.metrics().checkIn(update.keyResultId(), checkin.build());
  }

  static Objective objective(Goal goal) {
    List<KeyResult> keyResults = new ArrayList<>();
    for (int i = 0; i < goal.metrics().size(); i++) {
      keyResults.add(keyResult(goal, goal.metrics().get(i), i));
    }
    Optional<String> closed = goal.closedStatus().flatMap(c -> c.status()).filter(s -> !s.isBlank());
    Optional<Double> progress = Progress.fraction(goal.attainment());
    Status status;
    if (closed.map(ACHIEVED::equalsIgnoreCase).orElse(false) || progress.map(p -> p >= 1).orElse(false)) {
      status = Status.DONE;
    } else if (keyResults.isEmpty() && progress.map(p -> p == 0).orElse(false)) {
      status = Status.NOT_STARTED;
    } else {
      status = Statuses.rollUp(keyResults);
    }
    return Objective.builder()
        .source(SourceRef.builder().platform(Platform.GTMHUB).id(goal.id()).kind("goal").webUrl(goal.url()).build())
        .title(goal.name().orElse(""))
        .description(goal.description().filter(d -> !d.isBlank()))
        .owners(owners(goal))
        .period(goal.sessionId().filter(s -> !s.isBlank()).map(Period::ofId))
        .startDate(goal.dateFrom().map(OffsetDateTime::toLocalDate))
        .dueDate(goal.dateTo().map(OffsetDateTime::toLocalDate))
        .progress(progress)
        .status(status)
        .rawStatus(closed)
        .parentId(goal.parentGoalId())
        .childIds(childIds(goal))
        .keyResults(keyResults)
        .build();
  }

  private static List<Owner> owners(Goal goal) {
    Set<String> ids = new LinkedHashSet<>();
    goal.ownerId().filter(id -> !id.isBlank()).ifPresent(ids::add);
    goal.ownerIds().stream().filter(id -> !id.isBlank()).forEach(ids::add);
    List<Owner> owners = new ArrayList<>();
    for (String id : ids) {
      ImmutableOwner.Builder owner = Owner.builder().id(id);
      goal.assignee().filter(a -> a.id().map(id::equals).orElse(false)).ifPresent(a -> owner.name(a.name()).email(a.email()));
      owners.add(owner.build());
    }
    if (owners.isEmpty()) {
      goal.assignee()
          .filter(a -> a.id().isPresent() || a.name().isPresent() || a.email().isPresent())
          .ifPresent(a -> owners.add(Owner.builder().id(a.id()).name(a.name()).email(a.email()).build()));
    }
    return owners;
  }

  static KeyResult keyResult(Goal goal, Metric metric, int index) {
    Optional<Double> progress = Progress.fraction(metric.attainment());
    Status status;
    if (progress.map(p -> p >= 1).orElse(false)) {
      status = Status.DONE;
    } else if (metric.confidence().flatMap(c -> c.value()).isPresent()) {
      status = Statuses.fromConfidence(metric.confidence().flatMap(c -> c.value()).get());
    } else if (progress.map(p -> p == 0).orElse(false)) {
      status = Status.NOT_STARTED;
    } else {
      status = Status.UNKNOWN;
    }
    List<Owner> owners = new ArrayList<>();
    metric.ownerIds().stream().filter(id -> !id.isBlank()).forEach(id -> owners.add(Owner.ofId(id)));
    return KeyResult.builder()
        .source(SourceRef.builder().platform(Platform.GTMHUB)
            .id(metric.id().orElse(goal.id() + "#" + index)).kind("metric").build())
        .objectiveId(goal.id())
        .title(metric.name().orElse(""))
        .description(metric.description().filter(d -> !d.isBlank()))
        .owners(owners)
        .period(metric.sessionId().or(goal::sessionId).filter(s -> !s.isBlank()).map(Period::ofId))
        .dueDate(metric.dueDateIfSet().map(OffsetDateTime::toLocalDate))
        .updated(metric.confidence().flatMap(c -> c.date()).map(OffsetDateTime::toLocalDate))
        .progress(progress)
        .startValue(metric.initialValue())
        .currentValue(metric.actual())
        .targetValue(metric.target())
        .unit(metric.format().flatMap(GtmhubSource::unit))
        .status(status)
        .build();
  }

  /** A metric's unit is its display format's prefix and suffix together, such as {@code $}, {@code %} or {@code $k}. */
  private static Optional<String> unit(MetricFormat format) {
    String unit = (format.prefix().orElse("") + format.suffix().orElse("")).trim();
    return unit.isEmpty() ? Optional.empty() : Optional.of(unit);
  }

  /** Children are only known when the goal was fetched with {@code links.expanded}: {@code {children: [{id}]}}. */
  private static List<String> childIds(Goal goal) {
    List<String> ids = new ArrayList<>();
    Object expanded = goal.links().flatMap(links -> links.expanded()).orElse(null);
    if (expanded instanceof java.util.Map) {
      Object children = ((java.util.Map<?, ?>) expanded).get("children");
      if (children instanceof List) {
        for (Object child : (List<?>) children) {
          if (child instanceof java.util.Map && ((java.util.Map<?, ?>) child).get("id") instanceof String) {
            ids.add((String) ((java.util.Map<?, ?>) child).get("id"));
          }
        }
      }
    }
    return ids;
  }

  @Override
  public String toString() {
    return "GtmhubSource";
  }
}
