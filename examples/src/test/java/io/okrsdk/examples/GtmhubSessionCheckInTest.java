package io.okrsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.gtmhub.GtmhubClient;
import io.okrsdk.testing.FakeGtmhubServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@Timeout(30)
class GtmhubSessionCheckInTest {
  @RegisterExtension final FakeGtmhubServer gtmhub = new FakeGtmhubServer();

  private static List<String> lines(ByteArrayOutputStream bytes) {
    return List.of(bytes.toString(StandardCharsets.UTF_8).split("\\R"));
  }

  @Test
  void listsGoalsWithKeyResultsAndChecksInWithConfidence(GtmhubClient client) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    GtmhubSessionCheckIn.walkThrough(client, FakeGtmhubServer.CURRENT_SESSION_ID, true,
        new PrintStream(bytes, true, StandardCharsets.UTF_8));

    List<String> lines = lines(bytes);
    assertThat(lines.get(0)).startsWith("Session Q").endsWith("(open)");
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("    [").contains(" / "));
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Checked in ")
        .endsWith("with confidence 0.8: \"" + GtmhubSessionCheckIn.COMMENT + "\""));
    assertThat(lines.get(lines.size() - 1)).endsWith("\"" + GtmhubSessionCheckIn.COMMENT + "\"");
  }

  @Test
  void withoutCredentialsMainUsesTheEmbeddedFake() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    GtmhubSessionCheckIn.run(Map.of(), new PrintStream(bytes, true, StandardCharsets.UTF_8));

    List<String> lines = lines(bytes);
    assertThat(lines.get(0)).startsWith("Gtmhub: no credentials in the environment, using the embedded fake server");
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Checked in "));
  }
}
