package io.okrsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.ogsm.OgsmClient;
import io.okrsdk.ogsm.model.GoalMeasurement;
import io.okrsdk.testing.FakeOgsmServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RecordOgsmMeasurementTest {
  private static final LocalDate TODAY = LocalDate.of(2024, 10, 9);

  @RegisterExtension final FakeOgsmServer ogsm = new FakeOgsmServer();

  private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
  private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

  @Test
  void recordsForTheFirstGoalAndShowsItsMeasurements(OgsmClient client) {
    GoalMeasurement created = RecordOgsmMeasurement.record(client, out, OptionalLong.empty(), new BigDecimal("45.6"), TODAY);

    assertThat(created.goal().id()).isEqualTo(123);
    assertThat(ogsm.store().goalMeasurements()).contains(created);
    assertThat(output()).containsSubsequence(
        "Goals (1):",
        "  123  Goal title  [red]  in EUR",
        "Recording 45.6 for goal 123 \"Goal title\" on 2024-10-09",
        "Created measurement 124: 2024-10-09  45.6",
        "Measurements of goal 123 (2):",
        "  2024-01-01  78.9  [green]  Example",
        "  2024-10-09  45.6");
  }

  @Test
  void recordsForTheChosenGoalAndShowsOnlyItsMeasurements() {
    try (FakeOgsmServer fake = new FakeOgsmServer().withGeneratedGoals(30).withGeneratedGoalMeasurements(2);
        OgsmClient client = fake.newClient()) {
      GoalMeasurement created = RecordOgsmMeasurement.record(client, out, OptionalLong.of(130), new BigDecimal("7"), TODAY);

      assertThat(created.goal().id()).isEqualTo(130);
      assertThat(output())
          .contains("Goals (31):", "  ... and 21 more", "Recording 7 for goal 130 \"Goal 8\"")
          .contains("Measurements of goal 130 (3):", "  2024-10-09  7");
    }
  }

  @Test
  void withoutCredentialsMainUsesTheEmbeddedFake() {
    int status = RecordOgsmMeasurement.run(new String[0], out, err, Map.of(), TODAY);

    assertThat(status).isZero();
    assertThat(output()).startsWith("OGSM: no credentials in the environment, using the embedded fake server at http://")
        .contains("Created measurement 124", "Measurements of goal 123 (2):");
    assertThat(errBytes.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void goalIdAndValueComeFromTheArguments() {
    int status = RecordOgsmMeasurement.run(new String[] {"123", "99.5"}, out, err, Map.of(), TODAY);

    assertThat(status).isZero();
    assertThat(output()).contains("Recording 99.5 for goal 123", "  2024-10-09  99.5");
  }

  @Test
  void anUnknownGoalFailsWithoutRecording() {
    int status = RecordOgsmMeasurement.run(new String[] {"999"}, out, err, Map.of(), TODAY);

    assertThat(status).isEqualTo(1);
    assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("there is no goal with id 999");
    assertThat(output()).doesNotContain("Created measurement");
  }

  @Test
  void badArgumentsPrintTheUsage() {
    assertThat(RecordOgsmMeasurement.run(new String[] {"abc"}, out, err, Map.of(), TODAY)).isEqualTo(2);
    assertThat(RecordOgsmMeasurement.run(new String[] {"123", "lots"}, out, err, Map.of(), TODAY)).isEqualTo(2);
    assertThat(RecordOgsmMeasurement.run(new String[] {"-1"}, out, err, Map.of(), TODAY)).isEqualTo(2);
    assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains(RecordOgsmMeasurement.USAGE);
    assertThat(output()).isEmpty();
  }

  @Test
  void theRealClientNeedsCredentialsAndASubdomainOrBaseUrl() {
    assertThat(Platforms.realOgsm(Map.of())).isEmpty();
    assertThatThrownBy(() -> Platforms.realOgsm(Map.of("OKRSDK_OGSM_SUBDOMAIN", "acme", "OKRSDK_OGSM_USERNAME", "u")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageEndingWith("not set: OKRSDK_OGSM_PASSWORD");
    assertThatThrownBy(() -> Platforms.realOgsm(
            Map.of("OKRSDK_OGSM_USERNAME", "u", "OKRSDK_OGSM_PASSWORD", "p", "OKRSDK_OGSM_SUBDOMAIN", " ")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("OKRSDK_OGSM_BASE_URL or OKRSDK_OGSM_SUBDOMAIN")
        .message()
        .doesNotContain("p,");

    Optional<OgsmClient> bySubdomain = Platforms.realOgsm(
        Map.of("OKRSDK_OGSM_SUBDOMAIN", "acme", "OKRSDK_OGSM_USERNAME", "u", "OKRSDK_OGSM_PASSWORD", "p"));
    assertThat(bySubdomain).hasValueSatisfying(client -> {
      assertThat(client.toString()).contains("https://acme.ogsm.online/").doesNotContain("p\"");
      client.close();
    });

    Optional<OgsmClient> byUrl = Platforms.realOgsm(Map.of(
        "OKRSDK_OGSM_BASE_URL", ogsm.baseUrl(), "OKRSDK_OGSM_SUBDOMAIN", "acme",
        "OKRSDK_OGSM_USERNAME", FakeOgsmServer.USERNAME, "OKRSDK_OGSM_PASSWORD", FakeOgsmServer.PASSWORD));
    assertThat(byUrl).hasValueSatisfying(client -> {
      assertThat(client.goals().listAll()).hasSize(1);
      client.close();
    });
  }

  @Test
  void withCredentialsMainSaysItUsesTheRealService() {
    Map<String, String> env = Map.of(
        "OKRSDK_OGSM_BASE_URL", ogsm.baseUrl(),
        "OKRSDK_OGSM_USERNAME", FakeOgsmServer.USERNAME,
        "OKRSDK_OGSM_PASSWORD", FakeOgsmServer.PASSWORD);

    assertThat(RecordOgsmMeasurement.run(new String[] {"123", "1"}, out, err, env, TODAY)).isZero();

    assertThat(output()).startsWith("OGSM: using the real service");
    assertThat(ogsm.store().goalMeasurements()).hasSize(2);
  }

  private String output() {
    return outBytes.toString(StandardCharsets.UTF_8);
  }
}
