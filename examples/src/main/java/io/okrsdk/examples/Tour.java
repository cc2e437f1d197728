package io.okrsdk.examples;

import io.okrsdk.core.paging.Page;
import io.okrsdk.gtmhub.GtmhubClient;
import io.okrsdk.gtmhub.query.ListQuery;
import io.okrsdk.jira.query.DateWindow;
import io.okrsdk.jira.query.ObjectiveExpand;
import io.okrsdk.jira.OkrForJiraClient;
import io.okrsdk.jira.OkrGraph;
import io.okrsdk.jira.model.Objective;
import io.okrsdk.ogsm.OgsmClient;
import io.okrsdk.ogsm.model.GoalMeasurement;
import io.okrsdk.perform.query.CheckinQuery;
import io.okrsdk.perform.PerformClient;
import io.okrsdk.perform.model.Checkin;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One pass over all four platforms: goals and check-ins from Perform, goals and measurements from
 * OGSM, objectives from Gtmhub, and an objective tree from OKR for Jira. Each platform uses its
 * real service when its {@code OKRSDK_*} variables are set (see {@link Platforms}), otherwise the
 * embedded fake.
 */
public final class Tour {
  private Tour() {}

  /**
   * Runs the tour.
   *
   * @param args none
   */
  public static void main(String[] args) {
    run(System.out, System.getenv());
  }

  /**
   * Runs the tour.
   *
   * @param out where to print
   * @param env the environment
   */
  public static void run(PrintStream out, Map<String, String> env) {
    try (Connection<PerformClient> perform = Platforms.perform(out, env)) {
      perform(perform.client(), out);
    }
    out.println();
    try (Connection<OgsmClient> ogsm = Platforms.ogsm(out, env)) {
      ogsm(ogsm.client(), out);
    }
    out.println();
    try (Connection<GtmhubClient> gtmhub = Platforms.gtmhub(out, env)) {
      gtmhub(gtmhub.client(), out);
    }
    out.println();
    try (Connection<OkrForJiraClient> jira = Platforms.jira(out, env)) {
      jira(jira.client(), out);
    }
  }

  static void perform(PerformClient client, PrintStream out) {
    Page<io.okrsdk.perform.model.Goal> first = client.goals().list(5).pages().iterator().next();
    out.println("  goals: " + first.totalCount().orElse(first.items().size()) + " in all; the first " + first.items().size() + ":");
    for (io.okrsdk.perform.model.Goal goal : first.items()) {
      out.println(
          "    " + goal.title().orElse("(untitled)")
              + "  " + goal.currentValue().map(BigDecimal::toPlainString).orElse("-")
              + " / " + goal.targetValue().map(BigDecimal::toPlainString).orElse("-")
              + goal.unit().map(unit -> " " + unit.value()).orElse("")
              + goal.ragStatus().map(rag -> "  " + rag.value()).orElse(""));
    }
    List<Checkin> checkins = client.checkins().list(CheckinQuery.all()).limit(3).toList();
    out.println("  check-ins (up to 3):");
    for (Checkin checkin : checkins) {
      out.println(
          "    " + checkin.apiId()
              + checkin.submissionDate().map(date -> "  submitted " + date.toLocalDate()).orElse("  not submitted")
              + (checkin.overdue().orElse(false) ? "  (overdue)" : ""));
    }
  }

  static void ogsm(OgsmClient client, PrintStream out) {
    List<io.okrsdk.ogsm.model.Goal> goals = client.goals().listAll();
    out.println("  goals: " + goals.size());
    goals.stream().limit(3).forEach(goal -> out.println(
        "    #" + goal.id() + " " + goal.title()
            + goal.trafficLight().map(light -> "  traffic light " + light.value()).orElse("")));
    List<GoalMeasurement> measurements = client.goalMeasurements().listAll();
    out.println("  goal measurements: " + measurements.size());
    measurements.stream().limit(3).forEach(m -> out.println(
        "    goal #" + m.goal().id() + " at " + m.at().map(Object::toString).orElse("-") + ": " + m.currentValue().map(BigDecimal::toPlainString).orElse("-")));
  }

  static void gtmhub(GtmhubClient client, PrintStream out) {
    Page<io.okrsdk.gtmhub.model.Goal> first =
        client.goals().list(ListQuery.builder().pageSize(5).build()).pages().iterator().next();
    out.println("  goals: " + first.totalCount().orElse(first.items().size()) + " in all; the first " + first.items().size() + ":");
    for (io.okrsdk.gtmhub.model.Goal goal : first.items()) {
      out.println(
          "    " + ProgressBar.of(goal.attainment().orElse(0.0), 10) + "  " + goal.name().orElse(goal.id()));
      for (io.okrsdk.gtmhub.model.Metric kr : client.metrics().list(ListQuery.builder()
          .filter(io.okrsdk.gtmhub.query.Filter.eq("goalId", goal.id())).build())) {
        out.println("        KR " + ProgressBar.of(kr.attainment().orElse(0.0), 10) + "  " + kr.name().orElse("?"));
      }
    }
  }

  static void jira(OkrForJiraClient client, PrintStream out) {
    OkrGraph graph =
        client.okrs().objectivesByDate(DateWindow.between(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 12, 31)), ObjectiveExpand.all());
    out.println("  objectives: " + graph.objectives().size() + ", key results: " + graph.keyResults().size()
        + ", roots: " + graph.roots().size());
    for (Objective root : graph.roots().subList(0, Math.min(3, graph.roots().size()))) {
      out.println("    " + ProgressBar.of(root.percentDone() / 100.0, 10) + "  " + root.key() + " " + root.name()
          + "  (" + graph.keyResultsOf(root).size() + " key results, " + graph.childrenOf(root).size() + " child objectives)");
    }
  }
}
