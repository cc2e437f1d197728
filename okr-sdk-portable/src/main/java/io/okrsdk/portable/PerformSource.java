package io.okrsdk.portable;

import io.okrsdk.core.NotFoundException;
import io.okrsdk.perform.PerformClient;
import io.okrsdk.perform.model.Goal;
import io.okrsdk.perform.model.GoalUnit;
import io.okrsdk.perform.model.RagStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Perform &amp; Engage 365 in the portable model: every goal (an OKR when {@code is_okr}) is an
 * objective carrying its own baseline, current and target values; the API has no key results, no
 * goal hierarchy and no periods. The API is read-only here: recording progress is not supported.
 */
public final class PerformSource implements OkrSource {
  private static final int PAGE_SIZE = 200;
  private static final Set<Capability> CAPABILITIES = Collections.unmodifiableSet(
      EnumSet.of(Capability.GET_BY_ID, Capability.DATE_WINDOW, Capability.SERVER_PAGING));

  private final PerformClient client;

  private PerformSource(PerformClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  /**
   * A source reading through the client; the client stays the caller's to close.
   *
   * @param client the client
   * @return the source
   */
  public static PerformSource of(PerformClient client) {
    return new PerformSource(client);
  }

  @Override
  public Platform platform() {
    return Platform.PERFORM;
  }

  @Override
  public Set<Capability> capabilities() {
    return CAPABILITIES;
  }

  @Override
  public ObjectiveListing objectives(ObjectiveQuery query) {
    if (query.period().isPresent()) {
      throw Unsupported.of(Platform.PERFORM, Capability.PERIOD_FILTER,
          "goals have start and target dates but no periods; use a date window instead");
    }
    return ObjectiveListing.of(client.goals().list(PAGE_SIZE), PerformSource::objective, query::overlaps);
  }

  @Override
  public Optional<Objective> get(String id) {
    try {
      return Optional.of(objective(client.goals().get(id)));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  @Override
  public void recordProgress(ProgressUpdate update) {
    throw Unsupported.of(Platform.PERFORM, Capability.RECORD_PROGRESS,
        "the Perform & Engage 365 API offers no write to goals");
  }

  static Objective objective(Goal goal) {
    boolean binary = goal.unit().map(unit -> unit.is(GoalUnit.Kind.BINARY)).orElse(false);
    boolean complete = goal.isComplete().orElse(false);
    Optional<Double> progress = binary
        ? Optional.of(complete ? 1.0 : 0.0)
        : Progress.between(goal.baselineValue(), goal.currentValue(), goal.targetValue());
    if (complete) {
      progress = Optional.of(1.0);
    }
    Status status;
    if (complete) {
      status = Status.DONE;
    } else if (goal.ragStatus().isPresent() && goal.ragStatus().get().isKnown()) {
      RagStatus rag = goal.ragStatus().get().known().get();
      status = rag == RagStatus.GREEN ? Status.ON_TRACK : rag == RagStatus.AMBER ? Status.AT_RISK : Status.OFF_TRACK;
    } else if (same(goal.currentValue(), goal.baselineValue()) && goal.targetValue().isPresent()) {
      status = Status.NOT_STARTED;
    } else {
      status = Status.UNKNOWN;
    }
    List<Owner> owners = new ArrayList<>();
    goal.personName().filter(n -> !n.isBlank()).ifPresent(n -> owners.add(Owner.ofName(n)));
    goal.responsiblePersonName().filter(n -> !n.isBlank() && !goal.personName().equals(Optional.of(n)))
        .ifPresent(n -> owners.add(Owner.ofName(n)));
    return Objective.builder()
        .source(SourceRef.builder().platform(Platform.PERFORM).id(goal.apiId())
            .kind(goal.isOkr().orElse(false) ? "okr" : "goal").build())
        .title(goal.title().orElse(""))
        .description(goal.description().filter(d -> !d.isBlank()))
        .owners(owners)
        .startDate(goal.startDate())
        .dueDate(goal.targetDate())
        .progress(progress)
        .startValue(goal.baselineValue())
        .currentValue(goal.currentValue())
        .targetValue(goal.targetValue())
        .unit(goal.unit().map(GoalUnit::value))
        .status(status)
        .rawStatus(goal.ragStatus().map(rag -> rag.value()))
        .build();
  }

  static boolean same(Optional<BigDecimal> a, Optional<BigDecimal> b) {
    return a.isPresent() && b.isPresent() && a.get().compareTo(b.get()) == 0;
  }
}
