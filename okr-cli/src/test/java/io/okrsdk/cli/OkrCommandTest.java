package io.okrsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.okrsdk.testing.FakeGtmhubServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The okr command run in-process against the embedded fakes: output, exit codes and messages. */
@Timeout(120)
class OkrCommandTest {
  private static final Moshi MOSHI = new Moshi.Builder().build();

  @Test
  void exportsEveryGtmhubObjectiveAndKeyResultAsCsv() {
    Run run = Run.of("--demo", "export", "--platform", "gtmhub", "--format", "csv");
    assertThat(run.code).as(run.toString()).isZero();
    List<String> lines = Arrays.asList(run.out.split("\r\n"));
    assertThat(lines.get(0)).isEqualTo(String.join(",", Columns.NAMES));
    assertThat(lines.stream().filter(l -> l.startsWith("objective,"))).hasSize(FakeGtmhubServer.SEEDED_GOAL_COUNT);
    assertThat(lines.stream().filter(l -> l.startsWith("key_result,"))).hasSize(13);
    assertThat(lines).contains(
        "objective,gtmhub,64b7f3a2c9e1d40001a7a004,,,Hire and onboard 12 engineers,DONE,achieved,0.96,,,,,Lena Kovacs,"
            + "64b7f3a2c9e1d40001a75001,2026-07-01,2026-09-30,,https://app.fake-gtmhub.invalid/results/#/goal/64b7f3a2c9e1d40001a7a004");
    assertThat(lines).contains("key_result,gtmhub,65f1c0de0000000000000003,,64b7f3a2c9e1d40001a7a001,Close $3M of new business in EMEA,"
        + "ON_TRACK,,0.62,0.0,1850000.0,3000000.0,$,64b7f3a2c9e1d40001a7e001,64b7f3a2c9e1d40001a75002,,,2026-10-06,");
    assertThat(run.err).as("stderr stays quiet when it is not a terminal").isEmpty();
  }

  @Test
  void exportsJiraAsJsonLinesWithKeyResultsNested() throws IOException {
    Run run = Run.of("--demo", "export", "--platform", "jira", "--format", "jsonl");
    assertThat(run.code).as(run.toString()).isZero();
    List<String> lines = run.out.lines().collect(Collectors.toList());
    assertThat(lines).hasSize(4);
    Map<String, Object> o2 = MOSHI.<Map<String, Object>>adapter(Types.newParameterizedType(Map.class, String.class, Object.class)).fromJson(lines.get(0));
    assertThat(o2).containsEntry("key", "O-2").containsEntry("title", "Become more mature company").containsEntry("status", "ON_TRACK")
        .containsEntry("period", "Q1 Y2021").containsEntry("progress", 0.0833).containsEntry("owners", List.of("5c12ad9fd3af3b1ccfecbf55"));
    assertThat((List<?>) o2.get("key_results")).hasSize(2);
    @SuppressWarnings("unchecked")
    Map<String, Object> kr3 = (Map<String, Object>) ((List<?>) o2.get("key_results")).get(0);
    assertThat(kr3).containsEntry("key", "KR-3").containsEntry("current_value", 4.0)
        .containsEntry("target_value", 10.0).containsEntry("parent_id", "5fda249d289742000406b3e4");
  }

  @Test
  void exportsPerformAsOneJsonArray() throws IOException {
    Run run = Run.of("export", "--demo", "--platform", "PERFORM", "--format", "json");
    assertThat(run.code).as(run.toString()).isZero();
    List<Map<String, Object>> all = MOSHI.<List<Map<String, Object>>>adapter(
        Types.newParameterizedType(List.class, Types.newParameterizedType(Map.class, String.class, Object.class))).fromJson(run.out);
    assertThat(all).hasSize(1);
    assertThat(all.get(0)).containsEntry("title", "Increase sales by 20%").containsEntry("raw_status", "RED")
        .containsEntry("status", "OFF_TRACK").containsEntry("progress", 0.2).containsEntry("unit", "perc")
        .containsEntry("key_results", List.of());
  }

  @Test
  void exportsOgsmAsAMarkdownTable() {
    Run run = Run.of("--demo", "export", "--platform", "ogsm", "--format", "markdown");
    assertThat(run.code).as(run.toString()).isZero();
    List<String> lines = run.out.lines().collect(Collectors.toList());
    assertThat(lines.get(0)).startsWith("| type | platform | id |");
    assertThat(lines.get(1)).startsWith("|---|---|");
    assertThat(lines).hasSize(2 + 4);
    assertThat(lines.get(2)).startsWith("| objective | ogsm | objective:123 |  |  | Objective title | OFF_TRACK |");
    assertThat(lines.get(3)).startsWith("| key_result | ogsm | goal:123 |  | objective:123 | Goal title | OFF_TRACK | red |");
  }

  @Test
  void writesToAFileOnlyWhenTheExportCompletes(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("okrs.csv");
    Run run = Run.of("--demo", "export", "--platform", "jira", "--out", file.toString());
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(run.out).isEmpty();
    assertThat(run.err).isEqualTo("exported 4 objectives and 3 key results to " + file + System.lineSeparator());
    assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).hasSize(1 + 4 + 3);
    assertThat(dir.resolve("okrs.csv.part")).doesNotExist();
  }

  @Test
  void filtersByPeriodAndWindow() {
    Run q1 = Run.of("--demo", "export", "--platform", "jira", "--period", "Q1 Y2021", "--format", "jsonl");
    assertThat(q1.out.lines()).hasSize(4);
    Run q2 = Run.of("--demo", "export", "--platform", "jira", "--period", "Q2 Y2021", "--format", "jsonl");
    assertThat(q2.code).isZero();
    assertThat(q2.out).isEmpty();
    Run window = Run.of("--demo", "export", "--platform", "gtmhub", "--from", "2027-01-01", "--to", "2027-03-31", "--format", "jsonl");
    assertThat(window.out.lines()).hasSize(1).allSatisfy(line -> assertThat(line).contains("Launch in the Brazilian market"));
  }

  @Test
  void printsTheObjectiveTreeWithProgressBars() {
    Run run = Run.of("--demo", "tree", "--platform", "jira");
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(run.out).isEqualTo(String.join(System.lineSeparator(),
        "OKR for Jira: 4 objectives",
        "[##------------------]   8%  Become more mature company  (ON_TRACK)",
        "    - [########------------]  40%  Ship the maturity survey  4.0/10.0  (ON_TRACK)",
        "    - [--------------------]   0%  Close the release blockers  ?/100.0  (NOT_STARTED)",
        "  [--------------------]   0%  Shorten the release cycle  (AT_RISK)",
        "      - [--------------------]   0%  adda  0.0/22.0  (AT_RISK)",
        "  [#####---------------]  25%  Grow the research practice  (UNKNOWN)",
        "  [--------------------]   0%  Hire a platform team  (UNKNOWN)",
        ""));
  }

  @Test
  void summarizesAllFourPlatformsByPeriod() {
    Run run = Run.of("--demo", "summary");
    assertThat(run.code).as(run.toString()).isZero();
    List<String> lines = run.out.lines().collect(Collectors.toList());
    assertThat(lines.get(0)).contains("platform", "period", "objectives", "on_track", "at_risk", "off_track", "done", "not_started", "unknown", "avg_progress");
    assertThat(lines).anySatisfy(l -> assertThat(l.split("\\s+")).containsExactly("perform", "(no", "period)", "1", "0", "0", "1", "0", "0", "0", "20%"));
    assertThat(lines).anySatisfy(l -> assertThat(l.split("\\s+")).containsExactly("ogsm", "(no", "period)", "2", "0", "0", "2", "0", "0", "0", "-"));
    assertThat(lines).anySatisfy(l -> assertThat(l.split("\\s+")).containsExactly("gtmhub", FakeGtmhubServer.PAST_SESSION_ID, "1", "0", "0", "0", "1", "0", "0", "96%"));
    assertThat(lines).anySatisfy(l -> assertThat(l.split("\\s+")).containsExactly("jira", "Q1", "Y2021", "4", "1", "1", "0", "0", "0", "2", "8%"));
  }

  @Test
  void withoutCredentialsSaysWhichVariablesToSet() {
    Run export = Run.of("export", "--platform", "gtmhub");
    assertThat(export.code).isEqualTo(ExitCodes.USAGE);
    assertThat(export.out).isEmpty();
    assertThat(export.err).isEqualTo("okr: Gtmhub is not configured: set OKRSDK_GTMHUB_TOKEN, OKRSDK_GTMHUB_ACCOUNT_ID, "
        + "OKRSDK_GTMHUB_REGION or OKRSDK_GTMHUB_BASE_URL, or run with --demo to use the embedded fake" + System.lineSeparator());

    Run partly = Run.of(Map.of("OKRSDK_OGSM_USERNAME", "me"), "tree", "--platform", "ogsm");
    assertThat(partly.code).isEqualTo(ExitCodes.USAGE);
    assertThat(partly.err).contains("set OKRSDK_OGSM_PASSWORD, OKRSDK_OGSM_SUBDOMAIN or OKRSDK_OGSM_BASE_URL").doesNotContain("OKRSDK_OGSM_USERNAME");

    Run summary = Run.of("summary");
    assertThat(summary.code).isEqualTo(ExitCodes.USAGE);
    assertThat(summary.err).contains("OKRSDK_PERFORM_API_KEY", "OKRSDK_OGSM_PASSWORD", "OKRSDK_GTMHUB_TOKEN", "OKRSDK_JIRA_TOKEN");
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(Run.of("export", "--platform", "asana", "--demo").code).isEqualTo(ExitCodes.USAGE);
    assertThat(Run.of("export", "--demo").err).contains("Missing required option: '--platform=<platform>'");
    assertThat(Run.of("--demo").err).contains("name a command: export, tree or summary");
    assertThat(Run.of("--demo").code).isEqualTo(ExitCodes.USAGE);
    assertThat(Run.of("frobnicate").code).isEqualTo(ExitCodes.USAGE);
    Run period = Run.of("--demo", "export", "--platform", "perform", "--period", "2025");
    assertThat(period.code).isEqualTo(ExitCodes.USAGE);
    assertThat(period.err).contains("does not support PERIOD_FILTER").doesNotContain("\tat ");
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : List.of("export", "tree", "summary")) {
      Run help = Run.of(command, "--help");
      assertThat(help.code).isZero();
      assertThat(help.out).startsWith("Usage: okr " + command);
    }
    Run top = Run.of("--help");
    assertThat(top.out).contains("Commands:", "export", "tree", "summary", "Exit codes:", "OKRSDK_JIRA_TOKEN");
    assertThat(Run.of("help", "export").out).startsWith("Usage: okr export");
  }

  @Test
  void refusedCredentialsExitWithThreeAndNeverEchoTheToken() {
    try (FakeGtmhubServer gtmhub = new FakeGtmhubServer()) {
      gtmhub.start();
      Run run = Run.of(Map.of("OKRSDK_GTMHUB_TOKEN", "wrong-token-5e3f", "OKRSDK_GTMHUB_ACCOUNT_ID", FakeGtmhubServer.ACCOUNT_ID,
          "OKRSDK_GTMHUB_BASE_URL", gtmhub.apiBaseUrl()), "export", "--platform", "gtmhub");
      assertThat(run.code).as(run.toString()).isEqualTo(ExitCodes.AUTHENTICATION);
      assertThat(run.err).startsWith("okr: the platform refused the credentials (401)").doesNotContain("wrong-token-5e3f").doesNotContain("\tat ");
      assertThat(run.out).isEmpty();
    }
  }

  @Test
  void realCredentialsFromTheEnvironmentWork() {
    try (FakeGtmhubServer gtmhub = new FakeGtmhubServer()) {
      gtmhub.start();
      Run run = Run.of(Map.of("OKRSDK_GTMHUB_TOKEN", FakeGtmhubServer.TOKEN, "OKRSDK_GTMHUB_ACCOUNT_ID", FakeGtmhubServer.ACCOUNT_ID,
          "OKRSDK_GTMHUB_BASE_URL", gtmhub.apiBaseUrl()), "summary");
      assertThat(run.code).as(run.toString()).isZero();
      assertThat(run.out.lines()).hasSize(1 + 3).noneMatch(line -> line.startsWith("jira") || line.startsWith("ogsm"));
    }
  }

  @Test
  void anUnreachableServiceExitsWithFour() {
    Run run = Run.of(Map.of("OKRSDK_JIRA_TOKEN", "t", "OKRSDK_JIRA_BASE_URL", "http://127.0.0.1:1/"), "tree", "--platform", "jira");
    assertThat(run.code).as(run.toString()).isEqualTo(ExitCodes.NETWORK);
    assertThat(run.err).startsWith("okr: could not reach the platform").doesNotContain("\tat ");
  }

  @Test
  void aServerErrorExitsWithFiveAndVerboseShowsTheTrace() {
    try (FakeGtmhubServer gtmhub = new FakeGtmhubServer()) {
      gtmhub.start();
      Map<String, String> env = Map.of("OKRSDK_GTMHUB_TOKEN", FakeGtmhubServer.TOKEN, "OKRSDK_GTMHUB_ACCOUNT_ID", FakeGtmhubServer.ACCOUNT_ID,
          "OKRSDK_GTMHUB_BASE_URL", gtmhub.apiBaseUrl());
      gtmhub.faults().failNext(20, 500, null);
      Run run = Run.of(env, "export", "--platform", "gtmhub");
      assertThat(run.code).as(run.toString()).isEqualTo(ExitCodes.SERVER);
      assertThat(run.err).contains("500").contains("run with --verbose").doesNotContain("\tat ");
      gtmhub.faults().reset().failNext(20, 500, null);
      Run verbose = Run.of(env, "export", "--platform", "gtmhub", "--verbose");
      assertThat(verbose.code).isEqualTo(ExitCodes.SERVER);
      assertThat(verbose.err).contains("\tat ");
    }
  }
}
