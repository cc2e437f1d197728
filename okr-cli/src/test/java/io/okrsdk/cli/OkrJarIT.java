package io.okrsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.testing.FakeGtmhubServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar run as users run it, {@code java -jar okr-cli/target/okr.jar}, against the embedded
 * fakes; and a 10,000-goal export in a small heap, which only a streaming export survives.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class OkrJarIT {
  private static final Path JAR = Paths.get(System.getProperty("okr.jar", "target/okr.jar"));
  private static final Pattern AFTER_GC = Pattern.compile("->(\\d+)M\\(");

  @TempDir Path dir;

  @Test
  void theDemoExportPrintsEveryGtmhubObjectiveAndKeyResult() throws Exception {
    Result result = run(Map.of(), List.of(), "--demo", "export", "--platform", "gtmhub", "--format", "csv");
    assertThat(result.code).as(result.err).isZero();
    List<String> lines = List.of(result.out.split("\r\n"));
    assertThat(lines.get(0)).startsWith("type,platform,id,key,parent_id,title,status");
    assertThat(lines.stream().filter(l -> l.startsWith("objective,gtmhub,"))).hasSize(FakeGtmhubServer.SEEDED_GOAL_COUNT);
    assertThat(lines.stream().filter(l -> l.startsWith("key_result,gtmhub,"))).hasSize(13);
    assertThat(result.err).as("stderr of a piped run").isEmpty();
  }

  @Test
  void theDemoSummaryCoversAllFourPlatforms() throws Exception {
    Result result = run(Map.of(), List.of(), "--demo", "summary");
    assertThat(result.code).as(result.err).isZero();
    assertThat(result.out.lines().skip(1).map(line -> line.split("\\s+")[0]).distinct())
        .containsExactly("perform", "ogsm", "gtmhub", "jira");
  }

  @Test
  void treeHelpAndMissingCredentials() throws Exception {
    Result tree = run(Map.of(), List.of(), "--demo", "tree", "--platform", "jira");
    assertThat(tree.out).contains("[########------------]  40%  Ship the maturity survey");
    Result help = run(Map.of(), List.of(), "summary", "--help");
    assertThat(help.code).isZero();
    assertThat(help.out).startsWith("Usage: okr summary");
    Result missing = run(Map.of(), List.of(), "export", "--platform", "jira");
    assertThat(missing.code).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err).contains("set OKRSDK_JIRA_TOKEN").doesNotContain("\tat ");
  }

  @Test
  void tenThousandGoalsExportInASmallHeap() throws Exception {
    long thousand = exportAndMeasure(1_000);
    long tenThousand = exportAndMeasure(10_000);
    System.out.println("okr export --platform gtmhub --format csv in -Xmx" + HEAP_MB + "m: largest heap after GC "
        + thousand + " MB for 1,008 goals, " + tenThousand + " MB for 10,008 goals");
    // Flat: the 10,008 goals and their 20,013 key results finish in a heap far smaller than they take
    // when collected. "Heap after GC" itself is not compared: it counts old-generation garbage that
    // a young collection leaves, so it varies from run to run.
    assertThat(tenThousand).isLessThanOrEqualTo(HEAP_MB);
  }

  /**
   * Exports {@code generated} goals (plus the seeded ones) from a fake in this JVM, so the okr process
   * holds only what the export holds, in a 16 MB heap; returns the largest heap after a GC, in MB.
   */
  /** The export's heap: an export that collected 10,008 goals with their key results would not fit. */
  private static final int HEAP_MB = 16;

  private long exportAndMeasure(int generated) throws Exception {
    try (FakeGtmhubServer gtmhub = new FakeGtmhubServer().withGeneratedGoals(generated)) {
      gtmhub.start();
      Map<String, String> env = Map.of("OKRSDK_GTMHUB_TOKEN", FakeGtmhubServer.TOKEN,
          "OKRSDK_GTMHUB_ACCOUNT_ID", FakeGtmhubServer.ACCOUNT_ID, "OKRSDK_GTMHUB_BASE_URL", gtmhub.apiBaseUrl());
      Path out = dir.resolve("goals-" + generated + ".csv");
      Path gc = dir.resolve("gc-" + generated + ".log");
      Result result = run(env, List.of("-Xmx" + HEAP_MB + "m", "-Xlog:gc:file=" + gc),
          "export", "--platform", "gtmhub", "--format", "csv", "--out", out.toString());
      assertThat(result.code).as(result.err).isZero();
      long objectives;
      try (var lines = Files.lines(out, StandardCharsets.UTF_8)) {
        objectives = lines.filter(line -> line.startsWith("objective,")).count();
      }
      assertThat(objectives).isEqualTo(generated + FakeGtmhubServer.SEEDED_GOAL_COUNT);
      long max = 0;
      for (String line : Files.readAllLines(gc, StandardCharsets.UTF_8)) {
        Matcher matcher = AFTER_GC.matcher(line);
        if (matcher.find()) {
          max = Math.max(max, Long.parseLong(matcher.group(1)));
        }
      }
      return max;
    }
  }

  private static Result run(Map<String, String> env, List<String> jvm, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvm);
    command.add("-jar");
    command.add(JAR.toAbsolutePath().toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().keySet().removeIf(name -> name.startsWith("OKRSDK_"));
    builder.environment().putAll(env);
    Path stdout = Files.createTempFile("okr-out", ".txt");
    Path stderr = Files.createTempFile("okr-err", ".txt");
    try {
      Process process = builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("okr did not finish: " + command);
      }
      return new Result(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8), Files.readString(stderr, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(stdout);
      Files.deleteIfExists(stderr);
    }
  }

  private static final class Result {
    final int code;
    final String out;
    final String err;

    Result(int code, String out, String err) {
      this.code = code;
      this.out = out;
      this.err = err;
    }
  }
}
