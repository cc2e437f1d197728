package io.okrsdk.cli;

import io.okrsdk.core.paging.PagedIterator;
import io.okrsdk.portable.Objective;
import io.okrsdk.portable.Platform;
import io.okrsdk.portable.Status;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code okr summary}: per platform and period, objectives by status and their average progress. */
@Command(
    name = "summary",
    mixinStandardHelpOptions = true,
    description = {
      "Per platform and period: how many objectives are in each status and their average progress,",
      "across every platform configured in the environment (all four with --demo)."
    })
final class SummaryCommand implements Callable<Integer> {
  private static final String NO_PERIOD = "(no period)";

  @ParentCommand Okr parent;

  @Mixin GlobalOptions options;

  @Option(names = "--platform", paramLabel = "<platform>", description = "Only these platforms (repeatable).")
  List<Platform> only;

  @Override
  public Integer call() {
    Context context = parent.context();
    GlobalOptions global = options.merge(parent.options);
    List<Platform> platforms = new ArrayList<>();
    Credentials credentials = new Credentials(context.env);
    for (Platform platform : only == null ? List.of(Platform.values()) : only) {
      if (global.demo || credentials.configured(platform)) {
        platforms.add(platform);
      }
    }
    if (platforms.isEmpty()) {
      StringBuilder message = new StringBuilder("no platform is configured; set the variables of at least one:");
      for (Platform platform : only == null ? List.of(Platform.values()) : only) {
        message.append(System.lineSeparator()).append("  ").append(credentials.howToConfigure(platform));
      }
      throw new Context.MissingCredentialsException(message.toString());
    }
    PrintStream out = context.out;
    out.println(String.format(Locale.ROOT, "%-14s %-28s %10s %9s %8s %9s %6s %11s %8s %12s",
        "platform", "period", "objectives", "on_track", "at_risk", "off_track", "done", "not_started", "unknown", "avg_progress"));
    for (Platform platform : platforms) {
      Map<String, Tally> periods = new TreeMap<>();
      try (Connection connection = context.open(platform, global);
          PagedIterator<Objective> objectives = connection.source().objectives().iterator()) {
        while (objectives.hasNext()) {
          Objective objective = objectives.next();
          periods.computeIfAbsent(objective.period().map(p -> p.label()).orElse(NO_PERIOD), p -> new Tally()).add(objective);
        }
      }
      for (Map.Entry<String, Tally> period : periods.entrySet()) {
        Tally tally = period.getValue();
        out.println(String.format(Locale.ROOT, "%-14s %-28s %10d %9d %8d %9d %6d %11d %8d %12s",
            platform.id(), period.getKey(), tally.objectives, tally.count(Status.ON_TRACK), tally.count(Status.AT_RISK),
            tally.count(Status.OFF_TRACK), tally.count(Status.DONE), tally.count(Status.NOT_STARTED),
            tally.count(Status.UNKNOWN), tally.averageProgress()));
      }
      if (periods.isEmpty()) {
        out.println(String.format(Locale.ROOT, "%-14s %-28s %10d", platform.id(), NO_PERIOD, 0));
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** Counts for one platform and period. */
  private static final class Tally {
    private final Map<Status, Long> byStatus = new EnumMap<>(Status.class);
    private long objectives;
    private long measured;
    private double progressSum;

    void add(Objective objective) {
      objectives++;
      byStatus.merge(objective.status(), 1L, Long::sum);
      objective.progress().ifPresent(progress -> {
        measured++;
        progressSum += progress;
      });
    }

    long count(Status status) {
      return byStatus.getOrDefault(status, 0L);
    }

    /** The mean over objectives that report progress; "-" when none do. */
    String averageProgress() {
      return measured == 0 ? "-" : Columns.percent(progressSum / measured);
    }
  }
}
