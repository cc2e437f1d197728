package io.okrsdk.cli;

import io.okrsdk.core.paging.PagedIterator;
import io.okrsdk.portable.ImmutableObjectiveQuery;
import io.okrsdk.portable.Objective;
import io.okrsdk.portable.ObjectiveQuery;
import io.okrsdk.portable.Platform;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code okr export}: every objective and key result of one platform, streamed in one format. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes every objective and key result of one platform in the portable model, streaming:",
      "objectives are written as they are fetched, so exports of any size run in little memory."
    })
final class ExportCommand implements Callable<Integer> {
  /** How often a pipe's reader is checked for having gone away (a closed pipe ends the export quietly). */
  private static final int PIPE_CHECK_EVERY = 256;

  @ParentCommand Okr parent;

  @Mixin GlobalOptions options;

  @Option(names = "--platform", required = true, paramLabel = "<platform>",
      description = "One of: perform, ogsm, gtmhub, jira.")
  Platform platform;

  @Option(names = "--format", defaultValue = "csv", paramLabel = "<format>",
      description = "One of: csv, jsonl, json, markdown (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--period", paramLabel = "<period>",
      description = "Only this period, by id or name (Gtmhub sessions by id, OKR for Jira periods by id or name).")
  String period;

  @Option(names = "--from", paramLabel = "<yyyy-mm-dd>", description = "Only objectives due on or after this day.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "<yyyy-mm-dd>", description = "Only objectives starting on or before this day.")
  LocalDate to;

  @Option(names = "--out", paramLabel = "<file>", description = "Write here instead of standard output (replaced only when the export completes).")
  Path out;

  @Option(names = "--progress", description = "Show progress on stderr even when it is not a terminal.")
  boolean progress;

  @Override
  public Integer call() throws IOException {
    Context context = parent.context();
    GlobalOptions global = options.merge(parent.options);
    ImmutableObjectiveQuery.Builder query = ObjectiveQuery.builder();
    if (period != null) {
      query.period(period);
    }
    if (from != null) {
      query.from(from);
    }
    if (to != null) {
      query.to(to);
    }
    ObjectiveQuery built = query.build();
    ProgressLine line = new ProgressLine(context.err, progress || context.stderrIsTerminal, System::nanoTime);
    Path partial = out == null ? null : out.resolveSibling(out.getFileName() + ".part");
    long[] counts;
    try (Connection connection = context.open(platform, global)) {
      if (out == null) {
        Writer writer = new BufferedWriter(new OutputStreamWriter(context.out, StandardCharsets.UTF_8));
        counts = export(connection, built, writer, line, true, context);
        writer.flush();
      } else {
        try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
          counts = export(connection, built, writer, line, false, context);
        }
        Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        context.err.println("exported " + counts[0] + " objectives and " + counts[1] + " key results to " + out);
      }
    } finally {
      if (partial != null) {
        Files.deleteIfExists(partial);
      }
    }
    return ExitCodes.OK;
  }

  private long[] export(Connection connection, ObjectiveQuery query, Writer writer, ProgressLine line, boolean toStdout, Context context)
      throws IOException {
    Format.ObjectiveWriter objectives = format.open(writer);
    long objectiveCount = 0;
    long keyResultCount = 0;
    try (PagedIterator<Objective> iterator = connection.source().objectives(query).iterator()) {
      while (iterator.hasNext()) {
        Objective objective = iterator.next();
        objectives.write(objective);
        objectiveCount++;
        keyResultCount += objective.keyResults().size();
        line.update(objectiveCount, keyResultCount);
        if (toStdout && objectiveCount % PIPE_CHECK_EVERY == 0) {
          writer.flush();
          if (context.out.checkError()) {
            // The reader went away (for example `| head`): stop fetching, nobody reads the rest.
            return new long[] {objectiveCount, keyResultCount};
          }
        }
      }
    }
    objectives.finish();
    line.finish(objectiveCount, keyResultCount);
    return new long[] {objectiveCount, keyResultCount};
  }
}
