package io.okrsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.jira.query.DateWindow;
import io.okrsdk.jira.OkrForJiraClient;
import io.okrsdk.testing.FakeOkrForJiraServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PrintOkrTreeTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(Map<String, String> env, String... args) {
    return PrintOkrTree.run(args, stream(out), stream(err), env, LocalDate.of(2024, 5, 20));
  }

  private static PrintStream stream(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }

  private List<String> lines() {
    return Arrays.stream(out.toString(StandardCharsets.UTF_8).split("\\R")).collect(Collectors.toList());
  }

  @Test
  void withoutCredentialsPrintsTheFakesExampleTree() {
    assertThat(run(Map.of())).isZero();

    List<String> lines = lines();
    assertThat(lines.get(0)).startsWith("OKR for Jira: no credentials").contains("embedded fake server");
    assertThat(lines.subList(1, lines.size()))
        .containsExactly(
            "Objectives starting or due from 2021-01-01 to 2021-03-31: 4 objectives, 3 key results",
            "O-2 Become more mature company  [#---------]   8%  ON TRACK  (Q1 Y2021)",
            "    KR-3 Ship the maturity survey  [####------]  40%  ON TRACK",
            "    KR-4 Close the release blockers  [----------]   0%",
            "  O-3 Shorten the release cycle  [----------]   0%  (Q1 Y2021)",
            "      KR-2 adda  [----------]   0%  AT RISK",
            "  O-4 Grow the research practice  [###-------]  25%  (Q1 Y2021)",
            "  O-5 Hire a platform team  [----------]   0%  (Q1 Y2021)");
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void printsAGeneratedTreeIndentedByDepth() {
    try (FakeOkrForJiraServer fake = new FakeOkrForJiraServer().withGeneratedTree(13, 2);
        OkrForJiraClient client = fake.newClient()) {
      PrintOkrTree.print(client, FakeOkrForJiraServer.GENERATED_QUARTER, stream(out));
    }

    List<String> lines = lines();
    assertThat(lines.get(0)).isEqualTo("Objectives starting or due from 2022-01-01 to 2022-03-31: 13 objectives, 26 key results");
    assertThat(lines).hasSize(1 + 13 + 26);
    assertThat(lines.get(1)).startsWith("O-6 Objective 1: improve customers  [");
    assertThat(lines.get(2)).startsWith("    KR-5 Key result 1  [");
    assertThat(lines).filteredOn(line -> line.startsWith("    O-")).hasSize(9);
    assertThat(lines).allSatisfy(line -> assertThat(line).doesNotEndWith(" "));
  }

  @Test
  void anEmptyWindowPrintsOnlyTheSummary() {
    assertThat(run(Map.of(), "2019-01-01", "2019-12-31")).isZero();

    assertThat(lines()).last().isEqualTo("Objectives starting or due from 2019-01-01 to 2019-12-31: 0 objectives, 0 key results");
  }

  @Test
  void barsAreTenWideAndClamped() {
    assertThat(PrintOkrTree.bar(70)).isEqualTo("[#######---]  70%");
    assertThat(PrintOkrTree.bar(0)).isEqualTo("[----------]   0%");
    assertThat(PrintOkrTree.bar(100)).isEqualTo("[##########] 100%");
    assertThat(PrintOkrTree.bar(8.333)).isEqualTo("[#---------]   8%");
    assertThat(PrintOkrTree.bar(-3)).isEqualTo("[----------]   0%");
    assertThat(PrintOkrTree.bar(140)).isEqualTo("[##########] 100%");
    assertThat(PrintOkrTree.bar(Double.NaN)).isEqualTo("[----------]   0%");
  }

  @Test
  void theDefaultWindowForTheRealServiceIsTheCurrentQuarter() {
    assertThat(PrintOkrTree.quarterOf(LocalDate.of(2024, 5, 20)))
        .isEqualTo(DateWindow.between(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30)));
    assertThat(PrintOkrTree.quarterOf(LocalDate.of(2024, 12, 31)))
        .isEqualTo(DateWindow.between(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 31)));
  }

  @Test
  void aTokenInTheEnvironmentMeansTheRealService() {
    assertThat(Platforms.realJira(Map.of())).isEmpty();
    assertThat(Platforms.realJira(Map.of("OKRSDK_JIRA_TOKEN", "  "))).isEmpty();

    try (OkrForJiraClient client = Platforms.realJira(Map.of("OKRSDK_JIRA_TOKEN", "t0ken", "OKRSDK_JIRA_REGION", "eu")).orElseThrow()) {
      assertThat(client.toString()).contains("eu.okr-jira-prod.appfire.com").doesNotContain("t0ken");
    }
    Optional<OkrForJiraClient> custom =
        Platforms.realJira(Map.of("OKRSDK_JIRA_TOKEN", "t0ken", "OKRSDK_JIRA_BASE_URL", "https://okr.example.test/"));
    try (OkrForJiraClient client = custom.orElseThrow()) {
      assertThat(client.toString()).contains("okr.example.test");
    }
  }

  @Test
  void aRealServiceThatRefusesTheTokenIsReportedAsAFailure() {
    try (FakeOkrForJiraServer fake = new FakeOkrForJiraServer()) {
      Map<String, String> env = Map.of("OKRSDK_JIRA_TOKEN", "wrong", "OKRSDK_JIRA_BASE_URL", fake.baseUrl());

      assertThat(run(env)).isEqualTo(1);
      assertThat(lines().get(0)).contains("using the real service");
      assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("failed: ");
    }
  }

  @Test
  void badArgumentsPrintTheUsage() {
    assertThat(run(Map.of(), "2021-01-01")).isEqualTo(2);
    assertThat(run(Map.of(), "yesterday", "today")).isEqualTo(2);
    assertThat(run(Map.of(), "2021-03-31", "2021-01-01")).isEqualTo(2);
    assertThat(run(Map.of("OKRSDK_JIRA_TOKEN", "t", "OKRSDK_JIRA_REGION", "MARS"))).isEqualTo(1);

    assertThat(err.toString(StandardCharsets.UTF_8)).contains(PrintOkrTree.USAGE);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
