package io.okrsdk.examples;

import io.okrsdk.core.OkrException;
import io.okrsdk.core.json.OpenEnum;
import io.okrsdk.jira.query.DateWindow;
import io.okrsdk.jira.query.ObjectiveExpand;
import io.okrsdk.jira.ObjectiveNode;
import io.okrsdk.jira.OkrForJiraClient;
import io.okrsdk.jira.OkrGraph;
import io.okrsdk.jira.model.KeyResult;
import io.okrsdk.jira.model.LatestUpdate;
import io.okrsdk.jira.model.Objective;
import io.okrsdk.jira.model.OkrItem;
import io.okrsdk.jira.model.OkrStatus;
import io.okrsdk.jira.model.Period;
import io.okrsdk.testing.FakeOkrForJiraServer;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Prints the OKR for Jira objective tree of a date window: each objective indented under its
 * parent, its key results below it, each with a text progress bar and its latest status.
 *
 * <pre>
 * PrintOkrTree [first-day last-day]
 * </pre>
 *
 * <p>Days are ISO dates ({@code 2021-01-01}), taken as whole UTC days; objectives whose start or
 * due date falls in the window are shown. With {@code OKRSDK_JIRA_TOKEN} set (and optionally
 * {@code OKRSDK_JIRA_REGION}, one of {@code US, EU, AU, CA, ...}, or {@code OKRSDK_JIRA_BASE_URL})
 * it reads that account, by default for the current quarter; otherwise an embedded fake server,
 * by default for the quarter of its example data (Q1 2021).
 */
public final class PrintOkrTree {
  static final String USAGE = "usage: PrintOkrTree [first-day last-day]   (ISO dates, e.g. 2021-01-01 2021-03-31)";
  private static final int BAR_WIDTH = 10;

  private PrintOkrTree() {}

  /**
   * Runs the example.
   *
   * @param args optionally the first and last day of the window
   */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err, System.getenv(), LocalDate.now(ZoneOffset.UTC));
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Parses the arguments, connects and prints; returns the exit status (0, 1 on failure, 2 on bad arguments). */
  static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env, LocalDate today) {
    Optional<DateWindow> asked;
    try {
      asked = window(args);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      err.println("bad arguments: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    try (Connection<OkrForJiraClient> connection =
        Platforms.jira(out, env)) {
      DateWindow window =
          asked.orElseGet(() -> connection.isReal() ? quarterOf(today) : FakeOkrForJiraServer.EXAMPLE_QUARTER);
      print(connection.client(), window, out);
      return 0;
    } catch (OkrException | IllegalArgumentException | IllegalStateException e) {
      err.println("failed: " + e.getMessage());
      return 1;
    }
  }


  /** Queries the window's objectives with everything they refer to and prints their tree. */
  static void print(OkrForJiraClient client, DateWindow window, PrintStream out) {
    OkrGraph graph = client.okrs().objectivesByDate(window, ObjectiveExpand.all());
    LocalDate first = window.start().atOffset(ZoneOffset.UTC).toLocalDate();
    LocalDate last = window.deadline().atOffset(ZoneOffset.UTC).toLocalDate();
    out.printf(
        "Objectives starting or due from %s to %s: %d objectives, %d key results%n",
        first, last, graph.objectives().size(), graph.keyResults().size());
    for (ObjectiveNode node : graph.tree()) {
      Objective objective = node.objective();
      String indent = "  ".repeat(node.depth());
      String period = graph.periodOf(objective).flatMap(Period::name).map(name -> "  (" + name + ")").orElse("");
      out.println(line(indent, objective) + period);
      for (KeyResult keyResult : graph.keyResultsOf(objective)) {
        out.println(line(indent + "    ", keyResult));
      }
    }
  }

  /** A bar of ten characters and the percentage, such as {@code [#######---]  70%}; values outside 0 to 100 are clamped. */
  static String bar(double percent) {
    double clamped = Double.isNaN(percent) ? 0 : Math.max(0, Math.min(100, percent));
    int filled = (int) Math.round(clamped / 100 * BAR_WIDTH);
    return "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] " + String.format(Locale.ROOT, "%3.0f%%", clamped);
  }

  /** The calendar quarter (UTC) a day falls in. */
  static DateWindow quarterOf(LocalDate day) {
    LocalDate first = day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
    return DateWindow.between(first, first.plusMonths(3).minusDays(1));
  }

  private static String line(String indent, OkrItem item) {
    String status = item.latestUpdate().flatMap(LatestUpdate::status).map(PrintOkrTree::statusText).orElse("");
    return (indent + item.key() + " " + item.name() + "  " + bar(item.percentDone()) + "  " + status).stripTrailing();
  }

  private static String statusText(OpenEnum<OkrStatus> status) {
    return status.known().map(OkrStatus::updateSpelling).orElse(status.value());
  }

  private static Optional<DateWindow> window(String[] args) {
    if (args.length == 0) {
      return Optional.empty();
    }
    if (args.length != 2) {
      throw new IllegalArgumentException("give both the first and the last day, or neither");
    }
    return Optional.of(DateWindow.between(LocalDate.parse(args[0]), LocalDate.parse(args[1])));
  }
}
