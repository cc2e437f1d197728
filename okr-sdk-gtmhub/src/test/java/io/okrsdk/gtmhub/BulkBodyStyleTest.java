package io.okrsdk.gtmhub;

import static io.okrsdk.gtmhub.TestClients.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.core.testsupport.Fixtures;
import io.okrsdk.core.testsupport.RecordingSleeper;
import io.okrsdk.gtmhub.model.GoalRequest;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The other reading of the bulk bodies, reachable with a builder option. */
@Timeout(10)
class BulkBodyStyleTest {
  @StartStop private final MockWebServer server = new MockWebServer();

  private GtmhubClient wrapped() {
    return GtmhubClient.builder()
        .baseUrl(server.url("/").toString())
        .credentials(TestClients.TOKEN, TestClients.ACCOUNT_ID)
        .bulkBodyStyle(BulkBodyStyle.WRAPPED)
        .maxRetries(0)
        .sleeper(new RecordingSleeper())
        .build();
  }

  @Test
  void wrappedCreateSendsTheGoalsUnderGoals() throws Exception {
    server.enqueue(json(201, Fixtures.read("gtmhub/created-goals.json")));
    try (GtmhubClient client = wrapped()) {
      client.goals().createAll(List.of(GoalRequest.builder().name("sales").sessionId("s1").build()));
    }

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/api/v1/goals/bulk");
    assertThat(request.getBody().utf8()).isEqualTo("{\"goals\":[{\"name\":\"sales\",\"sessionId\":\"s1\"}]}");
  }

  @Test
  void wrappedDeleteSendsTheIdsUnderGoalsIds() throws Exception {
    server.enqueue(json(200, "{}"));
    try (GtmhubClient client = wrapped()) {
      client.goals().deleteAllAsync(List.of("a", "b")).join();
    }

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("DELETE");
    assertThat(request.getBody().utf8()).isEqualTo("{\"goalsIds\":[\"a\",\"b\"]}");
  }

  @Test
  void theDefaultIsTheBareArray() throws Exception {
    server.enqueue(json(200, "{}"));
    try (GtmhubClient client = TestClients.client(server)) {
      client.goals().deleteAll(List.of("a"));
    }

    assertThat(server.takeRequest().getBody().utf8()).isEqualTo("[\"a\"]");
  }
}
