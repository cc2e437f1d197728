package io.okrsdk.gtmhub;

import static io.okrsdk.gtmhub.TestClients.GOAL_ID;
import static io.okrsdk.gtmhub.TestClients.assertCredentials;
import static io.okrsdk.gtmhub.TestClients.json;
import static io.okrsdk.gtmhub.TestClients.noContent;
import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.core.testsupport.Fixtures;
import io.okrsdk.gtmhub.model.GoalConfidence;
import io.okrsdk.gtmhub.model.GoalPatch;
import io.okrsdk.gtmhub.model.GoalRequest;
import io.okrsdk.gtmhub.query.Fields;
import io.okrsdk.gtmhub.query.Formatting;
import io.okrsdk.gtmhub.query.ListQuery;
import io.okrsdk.gtmhub.query.GroupByQuery;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every async twin sends the same request as its sync form and completes with the body. */
class GoalsAsyncTest {
  private static final String GOAL_PATH = "/api/v1/goals/" + GOAL_ID;

  @StartStop private final MockWebServer server = new MockWebServer();
  private GtmhubClient client;
  private GoalService goals;

  @BeforeEach
  void setUp() {
    client = TestClients.client(server);
    goals = client.goals();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @Test
  void readTwins() throws Exception {
    assertThat(call("{\"items\":[{\"id\":\"g1\"}],\"totalCount\":1}", () -> goals.listPageAsync(ListQuery.all(), 3, 7))
            .items())
        .hasSize(1);
    assertSent("GET", "/api/v2/goals?skip=3&limit=7", null);

    assertThat(call("{\"items\":[],\"totalCount\":0}", () -> goals.groupByOwnersPageAsync(GroupByQuery.all(), 0, 5))
            .totalCount())
        .contains(0L);
    assertSent("GET", "/api/v1/goals/groupBy/owners?skip=0&take=5", null);

    call("{\"items\":[]}", () -> goals.groupByReviewersPageAsync(GroupByQuery.all(), 5, 5));
    assertSent("GET", "/api/v1/goals/groupBy/reviewers?skip=5&take=5", null);

    call("{\"items\":[]}", () -> goals.listByMetricOwnerAsync("o1"));
    assertSent("GET", "/api/v1/goals/metric/o1", null);

    assertThat(call(Fixtures.read("gtmhub/goal.json"), () -> goals.getAsync(GOAL_ID)).id()).isEqualTo(GOAL_ID);
    assertSent("GET", GOAL_PATH, null);

    call(Fixtures.read("gtmhub/goal.json"), () -> goals.getAsync(GOAL_ID, Fields.of("name"), Formatting.PLAIN_TEXT));
    assertSent("GET", GOAL_PATH + "?fields=name&formatting=plainText", null);

    call(Fixtures.read("gtmhub/workflow-actions.json"), () -> goals.workflowActionsAsync(GOAL_ID));
    assertSent("GET", GOAL_PATH + "/workflow-actions", null);
  }

  @Test
  @SuppressWarnings("deprecation")
  void writeTwins() throws Exception {
    GoalRequest request = GoalRequest.builder().name("n").sessionId("s").build();

    call("{\"id\":\"g1\"}", () -> goals.createAsync(request));
    assertSent("POST", "/api/v1/goals", "{\"name\":\"n\",\"sessionId\":\"s\"}");

    call("{\"items\":[]}", () -> goals.createAllAsync(List.of(request)));
    assertSent("POST", "/api/v1/goals/bulk", "[{\"name\":\"n\",\"sessionId\":\"s\"}]");

    callNoContent(() -> goals.approveAsync(GOAL_ID, "yes"));
    assertSent("POST", GOAL_PATH + "/approve", "{\"comment\":\"yes\"}");

    callNoContent(() -> goals.declineAsync(GOAL_ID, "no"));
    assertSent("POST", GOAL_PATH + "/decline", "{\"comment\":\"no\"}");

    callNoContent(() -> goals.requestReviewAsync(GOAL_ID, List.of("u1")));
    assertSent("POST", GOAL_PATH + "/review", "{\"reviewers\":[\"u1\"]}");

    callNoContent(() -> goals.withdrawAsync(GOAL_ID));
    assertSent("POST", GOAL_PATH + "/withdraw", "");

    call("{\"id\":\"g1\"}", () -> goals.updateAsync(GOAL_ID, GoalPatch.builder().description("d").build()));
    assertSent("PATCH", GOAL_PATH, "{\"description\":\"d\"}");

    call("{\"id\":\"g1\"}", () -> goals.replaceAsync(GOAL_ID, request));
    assertSent("PUT", GOAL_PATH, "{\"name\":\"n\",\"sessionId\":\"s\"}");

    call("{\"id\":\"g1\"}", () -> goals.updateConfidenceAsync(GOAL_ID, GoalConfidence.builder().value(1).build()));
    assertSent("PUT", GOAL_PATH + "/confidence", "{\"value\":1.0}");

    callNoContent(() -> goals.deleteAllAsync(List.of("g1")));
    assertSent("DELETE", "/api/v1/goals/bulk", "[\"g1\"]");

    callNoContent(() -> goals.deleteAsync(GOAL_ID));
    assertSent("DELETE", GOAL_PATH, null);
  }

  private <T> T call(String body, Supplier<CompletableFuture<T>> call) throws Exception {
    server.enqueue(json(200, body));
    return call.get().get(10, TimeUnit.SECONDS);
  }

  private void callNoContent(Supplier<CompletableFuture<Void>> call) throws Exception {
    server.enqueue(noContent());
    assertThat(call.get().get(10, TimeUnit.SECONDS)).isNull();
  }

  private void assertSent(String method, String target, String body) throws Exception {
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo(method);
    assertThat(request.getTarget()).isEqualTo(target);
    if (body == null) {
      assertThat(request.getBody() == null || request.getBody().size() == 0).isTrue();
    } else {
      assertThat(request.getBody().utf8()).isEqualTo(body);
    }
    assertCredentials(request);
  }
}
