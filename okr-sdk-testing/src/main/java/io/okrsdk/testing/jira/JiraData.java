package io.okrsdk.testing.jira;

import io.okrsdk.jira.model.CustomField;
import io.okrsdk.jira.model.KeyResult;
import io.okrsdk.jira.model.Label;
import io.okrsdk.jira.model.LatestUpdate;
import io.okrsdk.jira.model.Objective;
import io.okrsdk.jira.model.OkrType;
import io.okrsdk.jira.model.OkrUpdate;
import io.okrsdk.jira.model.Period;
import io.okrsdk.jira.model.ProgressDefinition;
import io.okrsdk.jira.model.ProgressType;
import io.okrsdk.jira.model.Team;
import io.okrsdk.jira.model.UpdateComment;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The fake's data: objectives, key results, what they refer to, the update history and its
 * comments. Not thread-safe by itself; {@link JiraStore} guards it.
 */
final class JiraData {
  private final Map<String, Objective> objectives = new LinkedHashMap<>();
  private final Map<String, KeyResult> keyResults = new LinkedHashMap<>();
  private final Map<String, Team> teams = new LinkedHashMap<>();
  private final Map<String, Period> periods = new LinkedHashMap<>();
  private final Map<String, Label> labels = new LinkedHashMap<>();
  private final Map<String, OkrType> okrTypes = new LinkedHashMap<>();
  private final Map<String, CustomField> customFields = new LinkedHashMap<>();
  private final List<Stamped<OkrUpdate>> updates = new ArrayList<>();
  private final List<Stamped<UpdateComment>> comments = new ArrayList<>();
  private long sequence;
  private int highestObjectiveKey;
  private int highestKeyResultKey;

  /** A new id: 24 hex digits, the first two naming the kind of thing. */
  String newId(String kindPrefix) {
    return kindPrefix + String.format("%022x", ++sequence);
  }

  String nextObjectiveKey() {
    return "O-" + (highestObjectiveKey + 1);
  }

  String nextKeyResultKey() {
    return "KR-" + (highestKeyResultKey + 1);
  }

  void put(Objective objective) {
    objectives.put(objective.id(), objective);
    highestObjectiveKey = Math.max(highestObjectiveKey, keyNumber(objective.key()));
  }

  void put(KeyResult keyResult) {
    keyResults.put(keyResult.id(), keyResult);
    highestKeyResultKey = Math.max(highestKeyResultKey, keyNumber(keyResult.key()));
  }

  void put(Team team) {
    teams.put(team.id(), team);
  }

  void put(Period period) {
    periods.put(period.id(), period);
  }

  void put(Label label) {
    labels.put(label.id(), label);
  }

  void put(OkrType type) {
    okrTypes.put(type.id(), type);
  }

  void put(CustomField field) {
    customFields.put(field.id(), field);
  }

  Collection<Objective> objectives() {
    return objectives.values();
  }

  Collection<KeyResult> keyResults() {
    return keyResults.values();
  }

  Optional<Objective> objective(String id) {
    return Optional.ofNullable(objectives.get(id));
  }

  Optional<KeyResult> keyResult(String id) {
    return Optional.ofNullable(keyResults.get(id));
  }

  Optional<Team> team(String id) {
    return Optional.ofNullable(teams.get(id));
  }

  Optional<Period> period(String id) {
    return Optional.ofNullable(periods.get(id));
  }

  Optional<Label> label(String id) {
    return Optional.ofNullable(labels.get(id));
  }

  Optional<OkrType> okrType(String id) {
    return Optional.ofNullable(okrTypes.get(id));
  }

  Optional<CustomField> customField(String id) {
    return Optional.ofNullable(customFields.get(id));
  }

  /**
   * Adds an update to the history and, when it is the entity's newest, makes it the entity's latest
   * update (a key result's value also moves its progress).
   */
  void addUpdate(OkrUpdate update) {
    updates.add(new Stamped<>(update, ++sequence));
    String entityId = update.entityId().orElseThrow();
    LatestUpdate latest = latestOf(update);
    objective(entityId)
        .filter(objective -> isNewer(update, objective.latestUpdate()))
        .ifPresent(objective -> put(Objective.builder().from(objective).latestUpdate(latest).build()));
    keyResult(entityId)
        .filter(keyResult -> isNewer(update, keyResult.latestUpdate()))
        .ifPresent(keyResult -> put(withProgress(keyResult, latest)));
  }

  void addComment(UpdateComment comment) {
    comments.add(new Stamped<>(comment, ++sequence));
  }

  List<OkrUpdate> updatesNewestFirst() {
    return newestFirst(updates, update -> update.created().orElseThrow());
  }

  List<UpdateComment> commentsNewestFirst() {
    return newestFirst(comments, comment -> comment.created().orElseThrow());
  }

  /** Whether a key result's progress is computed by the app (a value may not be set by hand). */
  static boolean isAutomatic(KeyResult keyResult) {
    return keyResult
        .currentProgressDefinition()
        .flatMap(ProgressDefinition::type)
        .map(type -> type.is(ProgressType.AUTO))
        .orElse(false);
  }

  /** Progress in percent of a value between a definition's start and desired values, from 0 to 100. */
  static double percentOf(double value, ProgressDefinition definition) {
    double start = definition.startValue().orElse(0.0);
    double desired = definition.desiredValue().orElse(100.0);
    if (desired == start) {
      return value >= desired ? 100.0 : 0.0;
    }
    return Math.max(0.0, Math.min(100.0, (value - start) / (desired - start) * 100.0));
  }

  private static KeyResult withProgress(KeyResult keyResult, LatestUpdate latest) {
    double percent = keyResult.percentDone();
    if (latest.value().isPresent() && keyResult.currentProgressDefinition().isPresent()) {
      percent = percentOf(latest.value().get(), keyResult.currentProgressDefinition().get());
    }
    return KeyResult.builder().from(keyResult).latestUpdate(latest).percentDone(percent).build();
  }

  private static LatestUpdate latestOf(OkrUpdate update) {
    return LatestUpdate.builder()
        .entityId(update.entityId())
        .status(update.status())
        .created(update.created())
        .value(update.value())
        .description(update.description())
        .build();
  }

  private static boolean isNewer(OkrUpdate update, Optional<LatestUpdate> current) {
    Optional<OffsetDateTime> currentTime = current.flatMap(LatestUpdate::created);
    return currentTime.isEmpty() || !update.created().orElseThrow().isBefore(currentTime.get());
  }

  private static <T> List<T> newestFirst(List<Stamped<T>> entries, Function<T, OffsetDateTime> created) {
    List<Stamped<T>> sorted = new ArrayList<>(entries);
    sorted.sort(
        Comparator.<Stamped<T>, OffsetDateTime>comparing(entry -> created.apply(entry.value), OffsetDateTime.timeLineOrder())
            .thenComparingLong(entry -> entry.sequence)
            .reversed());
    List<T> values = new ArrayList<>(sorted.size());
    for (Stamped<T> entry : sorted) {
      values.add(entry.value);
    }
    return values;
  }

  private static int keyNumber(String key) {
    int dash = key.lastIndexOf('-');
    try {
      return dash < 0 ? 0 : Integer.parseInt(key.substring(dash + 1));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** An entry with the order it was added in, to keep entries with the same time in order. */
  private static final class Stamped<T> {
    final T value;
    final long sequence;

    Stamped(T value, long sequence) {
      this.value = value;
      this.sequence = sequence;
    }
  }
}
