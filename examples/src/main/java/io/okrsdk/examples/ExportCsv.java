package io.okrsdk.examples;

import io.okrsdk.core.paging.Page;
import io.okrsdk.gtmhub.GtmhubClient;
import io.okrsdk.gtmhub.query.Fields;
import io.okrsdk.gtmhub.query.GoalQuery;
import io.okrsdk.jira.DateWindow;
import io.okrsdk.jira.ObjectiveExpand;
import io.okrsdk.jira.OkrForJiraClient;
import io.okrsdk.jira.OkrGraph;
import io.okrsdk.jira.model.Objective;
import io.okrsdk.ogsm.OgsmClient;
import io.okrsdk.perform.PerformClient;
import io.okrsdk.testing.FakeGtmhubServer;
import io.okrsdk.testing.FakeOgsmServer;
import io.okrsdk.testing.FakeOkrForJiraServer;
import io.okrsdk.testing.FakePerformServer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Exports every goal or objective of one platform to CSV, with a progress bar on stderr.
 *
 * <p>Usage: {@code ExportCsv <perform|ogsm|gtmhub|jira> [file|-] [generated-count]}. The file
 * defaults to standard output. Without credentials in the environment the embedded fake is used;
 * {@code generated-count} seeds it with that many generated goals (for example 10000) to show
 * paging and progress on a large account.
 */
public final class ExportCsv {
  private static final int PAGE_SIZE = 200;

  private ExportCsv() {}

  /**
   * Runs the export.
   *
   * @param args platform, optional file, optional generated count
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err, System.getenv()));
  }

  /**
   * Runs the export.
   *
   * @param args platform, optional file ({@code -} for {@code out}), optional generated count
   * @param out where the CSV goes when no file is named, and the first status line
   * @param err where the progress bar goes
   * @param env the environment
   * @return the exit code: 0 done, 1 failed, 2 bad arguments
   */
  public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
    if (args.length < 1 || args.length > 3) {
      err.println("usage: ExportCsv <perform|ogsm|gtmhub|jira> [file|-] [generated-count]");
      return 2;
    }
    String platform = args[0].toLowerCase(Locale.ROOT);
    Optional<String> file = args.length > 1 && !args[1].equals("-") ? Optional.of(args[1]) : Optional.empty();
    int generated;
    try {
      generated = args.length > 2 ? Integer.parseInt(args[2]) : 0;
    } catch (NumberFormatException e) {
      err.println("generated-count must be a number, was " + args[2]);
      return 2;
    }
    // Status lines go to stderr when the CSV itself goes to stdout.
    PrintStream status = file.isPresent() ? out : err;
    try (Writer writer = file.isPresent()
            ? Files.newBufferedWriter(Paths.get(file.get()), StandardCharsets.UTF_8)
            : new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
      CsvWriter csv = new CsvWriter(writer);
      Progress progress = new Progress(err);
      long rows;
      switch (platform) {
        case "perform":
          try (Connection<PerformClient> c =
              Platforms.perform(status, env, () -> new FakePerformServer().withGeneratedGoals(generated))) {
            rows = perform(c.client(), csv, progress);
          }
          break;
        case "ogsm":
          try (Connection<OgsmClient> c = Platforms.ogsm(status, env, () -> new FakeOgsmServer().withGeneratedGoals(generated))) {
            rows = ogsm(c.client(), csv, progress);
          }
          break;
        case "gtmhub":
          try (Connection<GtmhubClient> c =
              Platforms.gtmhub(status, env, () -> new FakeGtmhubServer().withGeneratedGoals(generated))) {
            rows = gtmhub(c.client(), csv, progress);
          }
          break;
        case "jira":
          try (Connection<OkrForJiraClient> c =
              Platforms.jira(status, env, () -> new FakeOkrForJiraServer().withGeneratedTree(generated, 3))) {
            rows = jira(c.client(), csv, progress);
          }
          break;
        default:
          err.println("unknown platform '" + args[0] + "': use perform, ogsm, gtmhub or jira");
          return 2;
      }
      writer.flush();
      progress.finish();
      status.println("exported " + rows + " rows" + file.map(f -> " to " + f).orElse(""));
      return 0;
    } catch (IOException e) {
      err.println("export failed: " + e.getMessage());
      return 1;
    } catch (RuntimeException e) {
      err.println("export failed: " + e);
      return 1;
    }
  }

  static long perform(PerformClient client, CsvWriter csv, Progress progress) {
    csv.row("api_id", "title", "current_value", "target_value", "unit", "rag_status", "target_date");
    long rows = 0;
    for (Page<io.okrsdk.perform.model.Goal> page : client.goals().list(PAGE_SIZE).pages()) {
      for (io.okrsdk.perform.model.Goal goal : page.items()) {
        csv.row(goal.apiId(), goal.title().orElse(""), text(goal.currentValue()), text(goal.targetValue()),
            goal.unit().map(unit -> unit.value()).orElse(""), goal.ragStatus().map(rag -> rag.value()).orElse(""),
            goal.targetDate().map(LocalDate::toString).orElse(""));
        rows++;
      }
      progress.update(rows, page.totalCount().orElse(rows), "goals");
    }
    return rows;
  }

  static long ogsm(OgsmClient client, CsvWriter csv, Progress progress) {
    csv.row("id", "title", "target_unit", "traffic_light", "archived");
    List<io.okrsdk.ogsm.model.Goal> goals = client.goals().listAll();
    long rows = 0;
    for (io.okrsdk.ogsm.model.Goal goal : goals) {
      csv.row(Long.toString(goal.id()), goal.title(), goal.targetUnit().orElse(""),
          goal.trafficLight().map(light -> light.value()).orElse(""), Boolean.toString(goal.archived()));
      rows++;
      if (rows % PAGE_SIZE == 0 || rows == goals.size()) {
        progress.update(rows, goals.size(), "goals");
      }
    }
    return rows;
  }

  static long gtmhub(GtmhubClient client, CsvWriter csv, Progress progress) {
    csv.row("id", "name", "attainment", "owner_id", "session_id", "key_results");
    long rows = 0;
    // The listing leaves key results out unless the projection asks for them.
    GoalQuery query = GoalQuery.builder()
        .fields(Fields.of("name", "attainment", "ownerId", "sessionId").nested("metrics", "name", "attainment"))
        .pageSize(PAGE_SIZE)
        .build();
    for (Page<io.okrsdk.gtmhub.model.Goal> page : client.goals().list(query).pages()) {
      for (io.okrsdk.gtmhub.model.Goal goal : page.items()) {
        StringBuilder keyResults = new StringBuilder();
        for (io.okrsdk.gtmhub.model.Metric kr : goal.metrics()) {
          if (keyResults.length() > 0) {
            keyResults.append("; ");
          }
          keyResults.append(kr.name().orElse("?")).append(kr.attainment().map(a -> " (" + a + ")").orElse(""));
        }
        csv.row(goal.id(), goal.name().orElse(""), goal.attainment().map(a -> Double.toString(a)).orElse(""),
            goal.ownerId().orElse(""), goal.sessionId().orElse(""), keyResults.toString());
        rows++;
      }
      progress.update(rows, page.totalCount().orElse(rows), "goals");
    }
    return rows;
  }

  static long jira(OkrForJiraClient client, CsvWriter csv, Progress progress) {
    csv.row("id", "key", "name", "percent_done", "status", "parent_key", "key_results");
    OkrGraph graph = client.okrs().objectivesByDate(
        DateWindow.between(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 12, 31)), ObjectiveExpand.all());
    long rows = 0;
    for (Objective objective : graph.objectives()) {
      csv.row(objective.id(), objective.key(), objective.name(), Double.toString(objective.percentDone()),
          objective.latestUpdate().flatMap(update -> update.status()).map(status -> status.value()).orElse(""),
          graph.parentOf(objective).map(Objective::key).orElse(""), Integer.toString(graph.keyResultsOf(objective).size()));
      rows++;
      if (rows % PAGE_SIZE == 0 || rows == graph.objectives().size()) {
        progress.update(rows, graph.objectives().size(), "objectives");
      }
    }
    return rows;
  }

  private static String text(Optional<BigDecimal> value) {
    return value.map(BigDecimal::toPlainString).orElse("");
  }

  /** Writes RFC 4180 rows: fields with commas, quotes or line breaks are quoted. */
  static final class CsvWriter {
    private final Writer writer;

    CsvWriter(Writer writer) {
      this.writer = writer;
    }

    void row(String... fields) {
      try {
        for (int i = 0; i < fields.length; i++) {
          if (i > 0) {
            writer.write(',');
          }
          writer.write(escape(fields[i]));
        }
        writer.write("\r\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    static String escape(String field) {
      if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
        return field;
      }
      return '"' + field.replace("\"", "\"\"") + '"';
    }
  }

  /** A progress bar redrawn in place on stderr. */
  static final class Progress {
    private final PrintStream err;
    private boolean drawn;

    Progress(PrintStream err) {
      this.err = err;
    }

    void update(long done, long total, String what) {
      double fraction = total == 0 ? 1 : (double) done / total;
      err.print("\r" + ProgressBar.of(fraction, 30) + " " + done + "/" + total + " " + what);
      err.flush();
      drawn = true;
    }

    void finish() {
      if (drawn) {
        err.println();
      }
    }
  }
}
