package io.okrsdk.testing.gtmhub;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoublePredicate;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grouped-by listings: owners (users or teams) with the goals they own, or reviewers with the
 * goals in review they were selected for. Applies the endpoints' conditions: {@code filter}
 * (current, past or future against the goal's dates), {@code ids}, {@code ownerIds}, {@code
 * metricOwnerId}, {@code attainment}, {@code metricAttainment}, {@code metricBefore} and {@code
 * metricAfter} (against a key result's latest check-in), {@code sort} (of the goals in a group) and
 * {@code includeMetrics}. Groups come in the order their first goal appears.
 */
final class GoalGroups {
  private static final Pattern CONDITION = Pattern.compile("^\\s*(>=|<=|>|<|=)?\\s*(-?\\d+(?:\\.\\d+)?)\\s*$");
  private static final Projection WITHOUT_METRICS = Projection.without("metrics", "links.expanded");
  private static final Projection WITH_METRICS = Projection.without("links.expanded");

  /** The query of one grouped-by request. */
  static final class Query {
    String deadline;
    Set<String> ids;
    Set<String> ownerIds;
    Set<String> metricOwnerIds;
    DoublePredicate attainment;
    DoublePredicate metricAttainment;
    LocalDate metricBefore;
    LocalDate metricAfter;
    Comparator<Map<String, Object>> sort;
    boolean includeMetrics;

    void deadline(String value) {
      if (value != null && !Set.of("current", "past", "future").contains(value)) {
        throw ApiError.badRequest("filter must be current, past or future, was '" + value + "'");
      }
      deadline = value;
    }

    static Set<String> idList(String value) {
      if (value == null || value.isBlank()) {
        return null;
      }
      Set<String> ids = new LinkedHashSet<>();
      Arrays.stream(value.split(",")).map(String::trim).filter(id -> !id.isEmpty()).forEach(ids::add);
      return ids;
    }

    static DoublePredicate condition(String value, String name) {
      if (value == null || value.isBlank()) {
        return null;
      }
      Matcher matcher = CONDITION.matcher(value);
      if (!matcher.matches()) {
        throw ApiError.badRequest(name + " must be an operator and a number such as >0.5, was '" + value + "'");
      }
      double number = Double.parseDouble(matcher.group(2));
      String operator = matcher.group(1) == null ? "=" : matcher.group(1);
      switch (operator) {
        case ">":
          return actual -> actual > number;
        case ">=":
          return actual -> actual >= number;
        case "<":
          return actual -> actual < number;
        case "<=":
          return actual -> actual <= number;
        default:
          return actual -> actual == number;
      }
    }

    static LocalDate date(String value, String name) {
      if (value == null || value.isBlank()) {
        return null;
      }
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw ApiError.badRequest(name + " must be a date such as 2021-03-20, was '" + value + "'");
      }
    }
  }

  private GoalGroups() {}

  /**
   * Every group, in order.
   *
   * @param byOwners owners when {@code true}, reviewers when {@code false}
   * @param goals all goals, in store order (read, not changed)
   * @param query the conditions
   * @param now the present, for {@code filter}
   * @return the groups with their goals
   */
  static List<Map<String, Object>> groups(
      boolean byOwners, Collection<StoredGoal> goals, Query query, Instant now) {
    List<StoredGoal> matching = new ArrayList<>();
    for (StoredGoal goal : goals) {
      if ((byOwners || goal.status == WorkflowStatus.IN_REVIEW) && matches(goal.doc, query, now)) {
        matching.add(goal);
      }
    }
    if (query.sort != null) {
      matching.sort((a, b) -> query.sort.compare(a.doc, b.doc));
    }
    Map<String, List<Object>> byKey = new LinkedHashMap<>();
    Projection projection = query.includeMetrics ? WITH_METRICS : WITHOUT_METRICS;
    for (StoredGoal goal : matching) {
      List<?> keys = byOwners ? (List<?>) goal.doc.get("ownerIds") : goal.reviewers;
      for (Object key : keys) {
        if (!byOwners || query.ownerIds == null || query.ownerIds.contains(key)) {
          byKey.computeIfAbsent(String.valueOf(key), k -> new ArrayList<>())
              .add(projection.apply(JsonTree.copy(goal.doc)));
        }
      }
    }
    List<Map<String, Object>> groups = new ArrayList<>();
    byKey.forEach((id, groupGoals) -> {
      Map<String, Object> group = Directory.groupHead(id);
      group.put("goals", groupGoals);
      groups.add(group);
    });
    return groups;
  }

  private static boolean matches(Map<String, Object> goal, Query query, Instant now) {
    if (query.ids != null && !query.ids.contains(goal.get("id"))) {
      return false;
    }
    if (query.ownerIds != null && ((List<?>) goal.get("ownerIds")).stream().noneMatch(query.ownerIds::contains)) {
      return false;
    }
    if (query.deadline != null && !inPeriod(goal, query.deadline, now)) {
      return false;
    }
    if (query.attainment != null && !query.attainment.test(number(goal.get("attainment")))) {
      return false;
    }
    boolean metricConditions = query.metricOwnerIds != null || query.metricAttainment != null
        || query.metricBefore != null || query.metricAfter != null;
    return !metricConditions || ((List<?>) goal.get("metrics")).stream().anyMatch(metric(query));
  }

  @SuppressWarnings("unchecked")
  private static Predicate<Object> metric(Query query) {
    return item -> {
      Map<String, Object> metric = (Map<String, Object>) item;
      if (query.metricOwnerIds != null
          && ((List<?>) metric.getOrDefault("ownerIds", List.of())).stream().noneMatch(query.metricOwnerIds::contains)) {
        return false;
      }
      if (query.metricAttainment != null && !query.metricAttainment.test(number(metric.get("attainment")))) {
        return false;
      }
      Instant checkIn = Sessions.parse(JsonTree.first(metric, "confidence.date"));
      LocalDate day = checkIn == null ? null : checkIn.atZone(ZoneOffset.UTC).toLocalDate();
      if (query.metricBefore != null && (day == null || !day.isBefore(query.metricBefore))) {
        return false;
      }
      return query.metricAfter == null || (day != null && day.isAfter(query.metricAfter));
    };
  }

  private static boolean inPeriod(Map<String, Object> goal, String deadline, Instant now) {
    Instant from = Sessions.parse(goal.get("dateFrom"));
    Instant to = Sessions.parse(goal.get("dateTo"));
    if (from == null || to == null) {
      return false;
    }
    switch (deadline) {
      case "past":
        return to.isBefore(now);
      case "future":
        return from.isAfter(now);
      default:
        return !from.isAfter(now) && !to.isBefore(now);
    }
  }

  private static double number(Object value) {
    return value instanceof Number ? ((Number) value).doubleValue() : 0;
  }
}
