package io.okrsdk.examples;

import io.okrsdk.gtmhub.GtmhubClient;
import io.okrsdk.gtmhub.model.Goal;
import io.okrsdk.gtmhub.model.Metric;
import io.okrsdk.gtmhub.model.MetricCheckin;
import io.okrsdk.gtmhub.model.MetricValue;
import io.okrsdk.gtmhub.model.Session;
import io.okrsdk.gtmhub.query.Filter;
import io.okrsdk.gtmhub.query.ListQuery;
import io.okrsdk.gtmhub.query.Sort;
import io.okrsdk.testing.FakeGtmhubServer;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gtmhub / Quantive Results key results: list a session's goals with their key results, check in a
 * new value with a comment and a confidence on the first key result, and show its value history.
 *
 * <p>Runs against the embedded fake server unless {@code OKRSDK_GTMHUB_TOKEN}, {@code
 * OKRSDK_GTMHUB_ACCOUNT_ID} and {@code OKRSDK_GTMHUB_BASE_URL} or {@code OKRSDK_GTMHUB_REGION} are
 * set; against the real service {@code OKRSDK_GTMHUB_SESSION_ID} names the session, and the check-in
 * is only made when {@code OKRSDK_GTMHUB_CHECK_IN=yes} (it changes live data).
 */
public final class GtmhubSessionCheckIn {
  static final String COMMENT = "Two more enterprise deals signed";
  static final double CONFIDENCE = 0.8;

  private GtmhubSessionCheckIn() {}

  /**
   * Runs the example.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    run(System.getenv(), System.out);
  }

  /**
   * Opens the connection the environment asks for and runs the example.
   *
   * @param env the environment
   * @param out where to print
   */
  static void run(Map<String, String> env, PrintStream out) {
    try (Connection<GtmhubClient> connection = Platforms.gtmhub(out, env)) {
      Optional<String> sessionId = connection.isReal()
          ? Connection.variable(env, "OKRSDK_GTMHUB_SESSION_ID")
          : Optional.of(FakeGtmhubServer.CURRENT_SESSION_ID);
      if (sessionId.isEmpty()) {
        out.println("Set OKRSDK_GTMHUB_SESSION_ID as well.");
        return;
      }
      boolean checkIn = !connection.isReal()
          || Connection.variable(env, "OKRSDK_GTMHUB_CHECK_IN").filter("yes"::equalsIgnoreCase).isPresent();
      walkThrough(connection.client(), sessionId.get(), checkIn, out);
    }
  }

  /**
   * The example itself, against any client.
   *
   * @param client the client
   * @param sessionId the session whose goals to list
   * @param checkIn whether to check in a value on the first key result
   * @param out where to print
   */
  static void walkThrough(GtmhubClient client, String sessionId, boolean checkIn, PrintStream out) {
    Session session = client.sessions().get(sessionId);
    out.println("Session " + session.title().orElse(sessionId) + " (" + session.status().orElse("?") + ")");

    Map<String, List<Metric>> keyResults = new LinkedHashMap<>();
    for (Metric metric : client.metrics().list(ListQuery.builder()
        .filter(Filter.eq("sessionId", sessionId)).sort(Sort.ascending("name")).build())) {
      keyResults.computeIfAbsent(metric.goalId().orElse(""), goal -> new ArrayList<>()).add(metric);
    }
    Metric first = null;
    for (Goal goal : client.goals().list(ListQuery.builder()
        .filter(Filter.eq("sessionId", sessionId)).sort(Sort.ascending("name")).build())) {
      out.println(ProgressBar.of(goal.attainment().orElse(0.0), 10) + "  " + goal.name().orElse(goal.id()));
      for (Metric metric : keyResults.getOrDefault(goal.id(), List.of())) {
        out.println("    " + ProgressBar.of(metric.attainment().orElse(0.0), 10) + "  " + metric.name().orElse("?")
            + "  " + number(metric.actual()) + " / " + number(metric.target())
            + metric.confidence().flatMap(c -> c.value()).map(c -> "  confidence " + c).orElse(""));
        if (first == null) {
          first = metric;
        }
      }
    }
    if (first == null) {
      out.println("No key results in this session.");
      return;
    }
    String metricId = first.id().orElseThrow();
    if (checkIn) {
      BigDecimal next = first.actual().orElse(BigDecimal.ZERO).add(BigDecimal.ONE);
      client.metrics().checkIn(metricId,
          MetricCheckin.builder().actual(next).comment(COMMENT).confidence(CONFIDENCE).build());
      out.println("Checked in " + next.toPlainString() + " on \"" + first.name().orElse(metricId)
          + "\" with confidence " + CONFIDENCE + ": \"" + COMMENT + "\"");
    }
    out.println("Value history of \"" + first.name().orElse(metricId) + "\":");
    for (MetricValue value : client.metrics().values(metricId).items()) {
      out.println("  " + value.date().orElse("?") + "  " + number(value.value())
          + value.comment().map(c -> "  \"" + c + "\"").orElse(""));
    }
  }

  private static String number(Optional<BigDecimal> value) {
    return value.map(BigDecimal::stripTrailingZeros).map(BigDecimal::toPlainString).orElse("-");
  }
}
