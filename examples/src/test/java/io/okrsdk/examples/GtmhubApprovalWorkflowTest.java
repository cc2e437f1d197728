package io.okrsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.gtmhub.GtmhubClient;
import io.okrsdk.testing.FakeGtmhubServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GtmhubApprovalWorkflowTest {
  @RegisterExtension final FakeGtmhubServer gtmhub = new FakeGtmhubServer();

  private static List<String> lines(ByteArrayOutputStream bytes) {
    return List.of(bytes.toString(StandardCharsets.UTF_8).split("\\R"));
  }

  @Test
  void walksThroughTheWorkflowAgainstTheFake(GtmhubClient client) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    GtmhubApprovalWorkflow.walkThrough(client, FakeGtmhubServer.CURRENT_SESSION_ID, FakeGtmhubServer.USER_ID,
        new PrintStream(bytes, true, StandardCharsets.UTF_8));

    List<String> lines = lines(bytes);
    assertThat(lines.get(0)).startsWith("Created goal \"Launch the partner portal\" with id ");
    assertThat(lines).containsSubsequence(
        "Requested a review from user " + FakeGtmhubServer.USER_ID,
        "Approved it: \"Scope and key results are clear\"",
        "Workflow actions:",
        "  - review by " + FakeGtmhubServer.USER_ID,
        "  - approve by " + FakeGtmhubServer.USER_ID + ": \"Scope and key results are clear\"",
        "Renaming the approved goal was refused: 423 item is locked",
        "Withdrew it back to draft",
        "Renamed it to \"Launch the partner portal in EMEA\"",
        "Goals in the session whose name mentions \"partner portal\":",
        "  - Launch the partner portal in EMEA (0%)");
    assertThat(lines.get(lines.size() - 1)).startsWith("Deleted goal ");
    assertThat(gtmhub.goalCount()).as("the example cleans up").isEqualTo(FakeGtmhubServer.SEEDED_GOAL_COUNT);
  }

  @Test
  void withoutCredentialsMainUsesTheEmbeddedFake() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    GtmhubApprovalWorkflow.run(Map.of(), new PrintStream(bytes, true, StandardCharsets.UTF_8));

    List<String> lines = lines(bytes);
    assertThat(lines.get(0)).startsWith("Gtmhub: no credentials in the environment, using the embedded fake server at http://");
    assertThat(lines).contains("Renaming the approved goal was refused: 423 item is locked");
  }

  @Test
  void choosesTheRealServiceOnlyWithTokenAccountAndHost() {
    assertThat(Platforms.realGtmhub(Map.of())).isEmpty();
    assertThatThrownBy(() -> Platforms.realGtmhub(Map.of("OKRSDK_GTMHUB_TOKEN", "t", "OKRSDK_GTMHUB_ACCOUNT_ID", "a")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("OKRSDK_GTMHUB_BASE_URL or OKRSDK_GTMHUB_REGION");
    try (GtmhubClient byRegion = Platforms.realGtmhub(Map.of(
            "OKRSDK_GTMHUB_TOKEN", "t", "OKRSDK_GTMHUB_ACCOUNT_ID", "a", "OKRSDK_GTMHUB_REGION", "quantive-us"))
        .orElseThrow()) {
      assertThat(byRegion.toString()).contains("app.us.quantive.com");
    }
    try (GtmhubClient byUrl = Platforms.realGtmhub(Map.of(
            "OKRSDK_GTMHUB_TOKEN", "t", "OKRSDK_GTMHUB_ACCOUNT_ID", "a",
            "OKRSDK_GTMHUB_BASE_URL", "https://app.quantive.com/results/"))
        .orElseThrow()) {
      assertThat(byUrl.toString()).contains("app.quantive.com/results/").doesNotContain("t,");
    }
  }

  @Test
  void aRealConnectionNeedsTheSessionAndReviewer() {
    // Point the "real" service at the fake so nothing leaves the machine.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    GtmhubApprovalWorkflow.run(Map.of(
            "OKRSDK_GTMHUB_TOKEN", FakeGtmhubServer.TOKEN,
            "OKRSDK_GTMHUB_ACCOUNT_ID", FakeGtmhubServer.ACCOUNT_ID,
            "OKRSDK_GTMHUB_BASE_URL", gtmhub.apiBaseUrl()),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(lines(bytes)).containsExactly(
        "Gtmhub: using the real service (credentials from OKRSDK_* environment variables)",
        "Set OKRSDK_GTMHUB_SESSION_ID and OKRSDK_GTMHUB_REVIEWER_ID (your own user id) as well.");
  }
}
