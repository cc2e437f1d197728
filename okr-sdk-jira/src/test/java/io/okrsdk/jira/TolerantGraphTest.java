package io.okrsdk.jira;

import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.core.json.DecodingMode;
import io.okrsdk.core.json.RawJson;
import io.okrsdk.core.testsupport.Fixtures;
import io.okrsdk.core.testsupport.RecordingSleeper;
import io.okrsdk.jira.model.KeyResult;
import io.okrsdk.jira.query.ObjectiveExpand;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One key result field of another JSON type no longer costs the whole graph. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class TolerantGraphTest {
  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void aKeyResultUnitThatIsAStringLeavesTheRestOfTheGraph() {
    String example = Fixtures.read("jira/objectives.json");
    String odd = example.replaceFirst("\"unit\": null", "\"unit\": \"percent\"");
    assertThat(odd).isNotEqualTo(example);
    server.enqueue(TestClients.json(odd));
    OkrGraph graph;
    try (OkrForJiraClient client =
        OkrForJiraClient.builder()
            .apiToken(TestClients.TOKEN)
            .baseUrl(server.url("/").toString())
            .sleeper(new RecordingSleeper())
            .decodingMode(DecodingMode.TOLERANT)
            .build()) {
      graph = client.okrs().objectivesByIds(List.of("5fda249d289742000406b3e4"), ObjectiveExpand.all());
    }

    assertThat(graph.objectives()).isNotEmpty();
    assertThat(graph.teams()).isNotEmpty();
    KeyResult changed =
        graph.keyResults().stream().filter(k -> !k.unrecognized().mismatchedFields().isEmpty()).findFirst().orElseThrow();
    assertThat(changed.unit()).isEmpty();
    assertThat(changed.unrecognized().mismatchedFields()).containsEntry("unit", RawJson.of("\"percent\""));
  }
}
