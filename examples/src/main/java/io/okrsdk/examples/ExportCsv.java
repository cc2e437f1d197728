package io.okrsdk.examples;

import io.okrsdk.core.paging.PagedIterator;
import io.okrsdk.gtmhub.GtmhubClient;
import io.okrsdk.jira.OkrForJiraClient;
import io.okrsdk.ogsm.OgsmClient;
import io.okrsdk.perform.PerformClient;
import io.okrsdk.portable.GtmhubSource;
import io.okrsdk.portable.JiraSource;
import io.okrsdk.portable.KeyResult;
import io.okrsdk.portable.Objective;
import io.okrsdk.portable.OgsmSource;
import io.okrsdk.portable.OkrItem;
import io.okrsdk.portable.OkrSource;
import io.okrsdk.portable.Owner;
import io.okrsdk.portable.PerformSource;
import io.okrsdk.portable.Period;
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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Exports every objective and key result of one platform to CSV in the portable model
 * ({@code okr-sdk-portable}): the same columns whichever platform they come from, with a progress
 * count on stderr. The {@code okr export} command of {@code okr-cli} does the same with more formats.
 *
 * <p>Usage: {@code ExportCsv <perform|ogsm|gtmhub|jira> [file|-] [generated-count]}. The file
 * defaults to standard output. Without credentials in the environment the embedded fake is used;
 * {@code generated-count} seeds it with that many generated goals (for example 10000) to show
 * paging and progress on a large account.
 */
public final class ExportCsv {
  /** How often the progress count is redrawn, in objectives. */
  private static final int PROGRESS_EVERY = 200;

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
            rows = export(PerformSource.of(c.client()), csv, progress);
          }
          break;
        case "ogsm":
          try (Connection<OgsmClient> c = Platforms.ogsm(status, env, () -> new FakeOgsmServer().withGeneratedGoals(generated))) {
            rows = export(OgsmSource.of(c.client()), csv, progress);
          }
          break;
        case "gtmhub":
          try (Connection<GtmhubClient> c =
              Platforms.gtmhub(status, env, () -> new FakeGtmhubServer().withGeneratedGoals(generated))) {
            rows = export(GtmhubSource.of(c.client()), csv, progress);
          }
          break;
        case "jira":
          try (Connection<OkrForJiraClient> c =
              Platforms.jira(status, env, () -> new FakeOkrForJiraServer().withGeneratedTree(generated, 3))) {
            rows = export(JiraSource.of(c.client()), csv, progress);
          }
          break;
        default:
          err.println("unknown platform '" + args[0] + "': use perform, ogsm, gtmhub or jira");
          return 2;
      }
      writer.flush();
      progress.finish();
      status.println("exported " + rows + " objectives" + file.map(f -> " to " + f).orElse(""));
      return 0;
    } catch (IOException e) {
      err.println("export failed: " + e.getMessage());
      return 1;
    } catch (RuntimeException e) {
      err.println("export failed: " + e);
      return 1;
    }
  }

  /** The columns: one row per objective, followed by one per key result. */
  static final String[] HEADER = {
    "type", "platform", "id", "parent_id", "title", "status", "raw_status", "progress", "current_value",
    "target_value", "unit", "owners", "period", "due_date"
  };

  /**
   * Writes every objective of a source and its key results, the same way for all four platforms.
   *
   * @return the number of objectives
   */
  static long export(OkrSource source, CsvWriter csv, Progress progress) {
    csv.row(HEADER);
    long objectives = 0;
    try (PagedIterator<Objective> listing = source.objectives().iterator()) {
      while (listing.hasNext()) {
        Objective objective = listing.next();
        csv.row(row("objective", objective, objective.parentId().orElse("")));
        for (KeyResult keyResult : objective.keyResults()) {
          csv.row(row("key_result", keyResult, keyResult.objectiveId()));
        }
        objectives++;
        if (objectives % PROGRESS_EVERY == 0) {
          progress.update(objectives);
        }
      }
    }
    progress.update(objectives);
    return objectives;
  }

  private static String[] row(String type, OkrItem item, String parentId) {
    return new String[] {
      type,
      item.source().platform().id(),
      item.id(),
      parentId,
      item.title(),
      item.status().name(),
      item.rawStatus().orElse(""),
      item.progress().map(p -> Double.toString(p)).orElse(""),
      text(item.currentValue()),
      text(item.targetValue()),
      item.unit().orElse(""),
      item.owners().stream().map(Owner::label).collect(Collectors.joining("; ")),
      item.period().map(Period::label).orElse(""),
      item.dueDate().map(LocalDate::toString).orElse("")
    };
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

  /** A count of exported objectives, redrawn in place on stderr. */
  static final class Progress {
    private final PrintStream err;
    private boolean drawn;

    Progress(PrintStream err) {
      this.err = err;
    }

    void update(long objectives) {
      err.print("\rexported " + objectives + " objectives");
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
