package io.okrsdk.testing.gtmhub;

import com.squareup.moshi.JsonAdapter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metric (key result) endpoints over the goals' metrics: {@code GET api/v2/metrics} (the goals
 * listing's filter, sort, projection and paging), {@code GET api/v1/metrics/{id}}, {@code POST
 * api/v1/metrics/{id}/checkin} and {@code GET api/v1/metrics/{id}/values?from&to}.
 *
 * <p>A check-in needs a numeric {@code actual} (400 otherwise; {@code comment} must be text,
 * {@code confidence} a number, {@code checkInDate} a date-time). It sets the metric's actual value,
 * attainment, confidence and {@code lastCheckInDate}, recomputes the goal's attainment, appends to
 * the value history and answers 200 with the metric. The history starts with the metric's initial
 * and current values. Everything runs under the goal store's lock.
 */
final class MetricEndpoints {
  private final GoalStore store;
  private final Sessions sessions;
  private final String userId;
  private final JsonAdapter<Object> lenientJson;
  /** Value history by metric id; only touched under the store's lock. */
  private final Map<String, List<Map<String, Object>>> history = new HashMap<>();

  MetricEndpoints(GoalStore store, Sessions sessions, String userId, JsonAdapter<Object> lenientJson) {
    this.store = store;
    this.sessions = sessions;
    this.userId = userId;
    this.lenientJson = lenientJson;
  }

  void register(RouteTable routes) {
    routes.add("GET", "api/v2/metrics", this::list);
    routes.add("GET", "api/v1/metrics/{metricId}", this::get);
    routes.add("POST", "api/v1/metrics/{metricId}/checkin", this::checkIn);
    routes.add("GET", "api/v1/metrics/{metricId}/values", this::values);
  }

  private Reply list(Exchange exchange) {
    List<Map<String, Object>> metrics = store.locked(goals -> {
      List<Map<String, Object>> all = new ArrayList<>();
      for (StoredGoal goal : goals) {
        for (Map<String, Object> metric : metricsOf(goal)) {
          all.add(JsonTree.copy(metric));
        }
      }
      return all;
    });
    return DocumentListing.answer(exchange, metrics, lenientJson, "limit");
  }

  private Reply get(Exchange exchange) {
    String id = exchange.param("metricId");
    Map<String, Object> metric = store.locked(goals -> JsonTree.copy(find(goals, id).metric));
    return Reply.json(200, DocumentListing.one(exchange, metric));
  }

  private Reply checkIn(Exchange exchange) {
    String id = exchange.param("metricId");
    Map<String, Object> body = checkinBody(exchange.body());
    return store.locked(goals -> {
      Located located = find(goals, id);
      Map<String, Object> metric = located.metric;
      List<Map<String, Object>> values = history(metric);
      String date = body.containsKey("checkInDate")
          ? Sessions.normalize(body.get("checkInDate"), "checkInDate") : sessions.now();
      double actual = ((Number) body.get("actual")).doubleValue();
      metric.put("actual", actual);
      metric.put("attainment", attainment(metric));
      metric.put("lastCheckInDate", date);
      if (body.get("confidence") != null) {
        Map<String, Object> confidence = new LinkedHashMap<>();
        confidence.put("date", date);
        confidence.put("reason", body.getOrDefault("comment", ""));
        confidence.put("userId", userId);
        confidence.put("value", ((Number) body.get("confidence")).doubleValue());
        metric.put("confidence", confidence);
      }
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("date", date);
      entry.put("value", actual);
      entry.put("progress", metric.get("attainment"));
      if (body.get("comment") != null) {
        entry.put("comment", body.get("comment"));
      }
      entry.put("userId", userId);
      values.add(entry);
      recomputeGoal(located.goal);
      return Reply.json(200, JsonTree.copy(metric));
    });
  }

  private Reply values(Exchange exchange) {
    String id = exchange.param("metricId");
    LocalDate from = date(exchange.query("from"), "from");
    LocalDate to = date(exchange.query("to"), "to");
    if (from != null && to != null && from.isAfter(to)) {
      throw ApiError.badRequest("from must not be after to");
    }
    List<Object> items = store.locked(goals -> {
      List<Object> window = new ArrayList<>();
      for (Map<String, Object> entry : history(find(goals, id).metric)) {
        LocalDate day = Sessions.parse(entry.get("date")).atZone(ZoneOffset.UTC).toLocalDate();
        if ((from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to))) {
          window.add(JsonTree.copy(entry));
        }
      }
      return window;
    });
    return Reply.list(items, items.size());
  }

  // ---- helpers (called under the store's lock)

  private static final class Located {
    final StoredGoal goal;
    final Map<String, Object> metric;

    Located(StoredGoal goal, Map<String, Object> metric) {
      this.goal = goal;
      this.metric = metric;
    }
  }

  private static Located find(Collection<StoredGoal> goals, String metricId) {
    for (StoredGoal goal : goals) {
      for (Map<String, Object> metric : metricsOf(goal)) {
        if (metricId.equals(metric.get("id"))) {
          return new Located(goal, metric);
        }
      }
    }
    throw ApiError.notFound("metric '" + metricId + "' not found");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> metricsOf(StoredGoal goal) {
    Object metrics = goal.doc.get("metrics");
    List<Map<String, Object>> found = new ArrayList<>();
    if (metrics instanceof List) {
      for (Object metric : (List<Object>) metrics) {
        if (metric instanceof Map) {
          found.add((Map<String, Object>) metric);
        }
      }
    }
    return found;
  }

  private List<Map<String, Object>> history(Map<String, Object> metric) {
    return history.computeIfAbsent((String) metric.get("id"), id -> {
      List<Map<String, Object>> seeded = new ArrayList<>();
      Object confidence = metric.get("confidence");
      Object checkedIn = confidence instanceof Map ? ((Map<?, ?>) confidence).get("date") : null;
      String last = checkedIn instanceof String ? (String) checkedIn : sessions.now();
      if (metric.get("initialValue") instanceof Number) {
        seeded.add(entry(Sessions.format(Sessions.parse(last).minusSeconds(7 * 86_400L)), metric.get("initialValue"), 0.0));
      }
      if (metric.get("actual") instanceof Number) {
        seeded.add(entry(last, metric.get("actual"), metric.get("attainment")));
      }
      return seeded;
    });
  }

  private static Map<String, Object> entry(String date, Object value, Object progress) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("date", date);
    entry.put("value", value);
    entry.put("progress", progress);
    return entry;
  }

  private static double attainment(Map<String, Object> metric) {
    double initial = number(metric.get("initialValue"), 0);
    double target = number(metric.get("target"), 0);
    double actual = number(metric.get("actual"), 0);
    double span = target - initial;
    double done = span == 0 ? (actual == target ? 1 : 0) : (actual - initial) / span;
    return Math.round(Math.max(0, Math.min(1, done)) * 100) / 100.0;
  }

  private static void recomputeGoal(StoredGoal goal) {
    List<Map<String, Object>> metrics = metricsOf(goal);
    double sum = 0;
    for (Map<String, Object> metric : metrics) {
      sum += number(metric.get("attainment"), 0);
    }
    goal.doc.put("attainment", metrics.isEmpty() ? 0.0 : Math.round(sum / metrics.size() * 100) / 100.0);
  }

  private static double number(Object value, double fallback) {
    return value instanceof Number ? ((Number) value).doubleValue() : fallback;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> checkinBody(Object body) {
    if (!(body instanceof Map)) {
      throw ApiError.badRequest("the check-in must be a JSON object");
    }
    Map<String, Object> checkin = (Map<String, Object>) body;
    if (!(checkin.get("actual") instanceof Number)) {
      throw ApiError.badRequest("actual is required and must be a number");
    }
    if (checkin.get("comment") != null && !(checkin.get("comment") instanceof String)) {
      throw ApiError.badRequest("comment must be a string");
    }
    if (checkin.get("confidence") != null && !(checkin.get("confidence") instanceof Number)) {
      throw ApiError.badRequest("confidence must be a number");
    }
    return checkin;
  }

  private static LocalDate date(String text, String name) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw ApiError.badRequest(name + " must be a date (yyyy-MM-dd), was '" + text + "'");
    }
  }
}
