package io.okrsdk.testing.gtmhub;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Assembles complete goals for seeding and generation: the writable fields through {@link
 * GoalWriter}, then key results (metrics) with computed attainment, the goal's average attainment
 * and a workflow state with its history.
 */
final class GoalFactory {
  private static final String NO_DUE_DATE = "0001-01-01T00:00:00.000Z";

  private final GoalWriter writer;
  private final Workflow workflow;
  private final ObjectIds ids;

  GoalFactory(GoalWriter writer, Workflow workflow, ObjectIds ids) {
    this.writer = writer;
    this.workflow = workflow;
    this.ids = ids;
  }

  /** A key result to attach. */
  static final class MetricSpec {
    final String name;
    final String description;
    final double initial;
    final double target;
    final double actual;
    final String ownerId;
    final String suffix;

    MetricSpec(String name, String description, double initial, double target, double actual, String ownerId,
        String suffix) {
      this.name = name;
      this.description = description;
      this.initial = initial;
      this.target = target;
      this.actual = actual;
      this.ownerId = ownerId;
      this.suffix = suffix;
    }
  }

  /**
   * A goal with its metrics, created some days into its session.
   *
   * @param id the goal id
   * @param fields the create body
   * @param metrics the key results
   * @param createdAt when the goal was created
   * @return the goal, a draft
   */
  StoredGoal goal(String id, Map<String, Object> fields, List<MetricSpec> metrics, Instant createdAt) {
    Map<String, Object> doc = writer.build(id, fields, parent -> true);
    doc.put("dateCreated", Sessions.format(createdAt));
    List<Object> metricDocs = new ArrayList<>();
    double sum = 0;
    for (int i = 0; i < metrics.size(); i++) {
      Map<String, Object> metric = metric(doc, metrics.get(i), createdAt.plusSeconds(86_400L * (i + 3)));
      sum += (Double) metric.get("attainment");
      metricDocs.add(metric);
    }
    double attainment = metrics.isEmpty() ? 0.0 : round(sum / metrics.size());
    doc.put("metrics", metricDocs);
    doc.put("attainment", attainment);
    doc.put("fullAggregatedAttainment", attainment);
    return new StoredGoal(doc);
  }

  /** Moves a goal through review (and approval) as if its reviewers had acted. */
  void inReview(StoredGoal goal, List<String> reviewers) {
    goal.status = WorkflowStatus.IN_REVIEW;
    goal.reviewers.addAll(reviewers);
    workflow.record(goal, "review", null, (String) goal.doc.get("ownerId"));
  }

  void approved(StoredGoal goal, String reviewer, String comment) {
    inReview(goal, List.of(reviewer));
    goal.status = WorkflowStatus.APPROVED;
    workflow.record(goal, "approve", comment, reviewer);
  }

  private Map<String, Object> metric(Map<String, Object> goal, MetricSpec spec, Instant checkIn) {
    Map<String, Object> metric = new LinkedHashMap<>();
    metric.put("id", ids.next());
    metric.put("name", spec.name);
    metric.put("description", spec.description);
    metric.put("attainment", attainment(spec));
    metric.put("actual", spec.actual);
    metric.put("target", spec.target);
    metric.put("initialValue", spec.initial);
    metric.put("manualType", "double");
    metric.put("targetOperator", spec.target >= spec.initial ? "at_least" : "at_most");
    metric.put("critical", spec.target == 0);
    metric.put("dueDate", NO_DUE_DATE);
    Map<String, Object> confidence = new LinkedHashMap<>();
    confidence.put("date", Sessions.format(checkIn));
    confidence.put("reason", "Weekly check-in");
    confidence.put("userId", spec.ownerId);
    confidence.put("value", attainment(spec) >= 0.5 ? 8.0 : 5.0);
    metric.put("confidence", confidence);
    metric.put("sessionId", goal.get("sessionId"));
    metric.put("ownerIds", new ArrayList<>(List.of(spec.ownerId)));
    metric.put("goalId", goal.get("id"));
    Map<String, Object> format = new LinkedHashMap<>();
    format.put("prefix", "$".equals(spec.suffix) ? "$" : "");
    format.put("suffix", "$".equals(spec.suffix) ? "" : spec.suffix);
    format.put("fractionSize", 0.0);
    metric.put("format", format);
    return metric;
  }

  private static double attainment(MetricSpec spec) {
    double span = spec.target - spec.initial;
    double done = span == 0 ? 1 : (spec.actual - spec.initial) / span;
    return round(Math.max(0, Math.min(1, done)));
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
