package io.okrsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.core.http.Sleeper;
import io.okrsdk.gtmhub.GtmhubClient;
import io.okrsdk.testing.FakeGtmhubServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCsvTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return ExportCsv.run(
        args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
  }

  @Test
  void exportsTenThousandGeneratedGoalsWithProgress() throws Exception {
    Path file = dir.resolve("goals.csv");

    assertThat(run("gtmhub", file.toString(), "10000")).isZero();

    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(1 + 10_000 + FakeGtmhubServer.SEEDED_GOAL_COUNT);
    assertThat(lines.get(0)).isEqualTo("id,name,attainment,owner_id,session_id,key_results");
    assertThat(lines.get(1)).as("the first seeded goal has key results").contains(" (");
    String stdout = out.toString(StandardCharsets.UTF_8);
    assertThat(stdout.lines().findFirst().orElseThrow()).contains("using the embedded fake server");
    assertThat(stdout).contains("exported 10008 rows");
    String progress = err.toString(StandardCharsets.UTF_8);
    assertThat(progress).contains("\r[").contains(" 100% 10008/10008 goals");
  }

  @Test
  void everyPlatformExports() throws Exception {
    for (String platform : List.of("perform", "ogsm", "jira")) {
      Path file = dir.resolve(platform + ".csv");
      assertThat(run(platform, file.toString(), "50")).as(platform).isZero();
      assertThat(Files.readAllLines(file)).as(platform).hasSizeGreaterThan(50);
    }
  }

  @Test
  void recoversFromServerErrorsWhilePaging() {
    List<Duration> waits = new ArrayList<>();
    Sleeper recording = waits::add;
    try (FakeGtmhubServer fake = new FakeGtmhubServer().withGeneratedGoals(1_000);
        GtmhubClient client = fake.clientBuilder().sleeper(recording).build()) {
      fake.start();
      StringWriter csv = new StringWriter();
      ByteArrayOutputStream bar = new ByteArrayOutputStream();
      fake.faults().failNext(2, 503, Duration.ofSeconds(1));

      long rows = ExportCsv.gtmhub(client, new ExportCsv.CsvWriter(csv), new ExportCsv.Progress(new PrintStream(bar, true, StandardCharsets.UTF_8)));

      assertThat(rows).isEqualTo(1_000 + FakeGtmhubServer.SEEDED_GOAL_COUNT);
      assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }
  }

  @Test
  void quotesFieldsThatNeedIt() {
    assertThat(ExportCsv.CsvWriter.escape("plain")).isEqualTo("plain");
    assertThat(ExportCsv.CsvWriter.escape("a,b")).isEqualTo("\"a,b\"");
    assertThat(ExportCsv.CsvWriter.escape("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(ExportCsv.CsvWriter.escape("two\nlines")).isEqualTo("\"two\nlines\"");
  }

  @Test
  void badArgumentsExitWithTwo() {
    assertThat(run()).isEqualTo(2);
    assertThat(run("asana")).isEqualTo(2);
    assertThat(run("gtmhub", "-", "many")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: ExportCsv");
  }
}
