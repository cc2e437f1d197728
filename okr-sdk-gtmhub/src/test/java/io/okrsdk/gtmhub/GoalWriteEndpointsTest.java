package io.okrsdk.gtmhub;

import static io.okrsdk.gtmhub.TestClients.GOAL_ID;
import static io.okrsdk.gtmhub.TestClients.assertCredentials;
import static io.okrsdk.gtmhub.TestClients.json;
import static io.okrsdk.gtmhub.TestClients.noContent;
import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.core.json.OpenEnum;
import io.okrsdk.core.testsupport.Fixtures;
import io.okrsdk.gtmhub.model.Assignee;
import io.okrsdk.gtmhub.model.AssigneeType;
import io.okrsdk.gtmhub.model.AttainmentType;
import io.okrsdk.gtmhub.model.CreatedGoals;
import io.okrsdk.gtmhub.model.Goal;
import io.okrsdk.gtmhub.model.GoalConfidence;
import io.okrsdk.gtmhub.model.GoalPatch;
import io.okrsdk.gtmhub.model.GoalRequest;
import io.okrsdk.gtmhub.model.Tag;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The eleven write endpoints: method, exact path, headers and the exact JSON body. */
class GoalWriteEndpointsTest {
  private static final String GOAL_PATH = "/api/v1/goals/" + GOAL_ID;

  @StartStop private final MockWebServer server = new MockWebServer();
  private GtmhubClient client;

  @BeforeEach
  void setUp() {
    client = TestClients.client(server);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @Test
  void createPostsTheGoalAndReturnsTheNewOne() throws Exception {
    server.enqueue(json(201, Fixtures.read("gtmhub/goal.json")));

    Goal created = client.goals().create(fullRequest());

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/api/v1/goals");
    assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(request.getBody().utf8()).isEqualTo(FULL_REQUEST_JSON);
    assertCredentials(request);
    assertThat(created.id()).isEqualTo(GOAL_ID);
  }

  @Test
  void createAllPostsABareArray() throws Exception {
    server.enqueue(json(201, Fixtures.read("gtmhub/created-goals.json")));

    CreatedGoals created =
        client.goals()
            .createAll(List.of(
                GoalRequest.builder().name("sales").sessionId("s1").build(),
                GoalRequest.builder().name("marketing").sessionId("s1").description("d").build()));

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/api/v1/goals/bulk");
    assertThat(request.getBody().utf8())
        .isEqualTo("[{\"name\":\"sales\",\"sessionId\":\"s1\"},{\"name\":\"marketing\",\"sessionId\":\"s1\",\"description\":\"d\"}]");
    assertCredentials(request);
    assertThat(created.items()).extracting(item -> item.id())
        .containsExactly("61a74153d8b312000145b519", "602e31560f20d500012dbe0e");
  }

  @Test
  void approvePostsTheComment() throws Exception {
    server.enqueue(noContent());

    client.goals().approve(GOAL_ID, "Well scoped \"Q1\" goal");

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo(GOAL_PATH + "/approve");
    assertThat(request.getBody().utf8()).isEqualTo("{\"comment\":\"Well scoped \\\"Q1\\\" goal\"}");
    assertCredentials(request);
  }

  @Test
  void declinePostsTheComment() throws Exception {
    server.enqueue(noContent());

    client.goals().decline(GOAL_ID, "");

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo(GOAL_PATH + "/decline");
    assertThat(request.getBody().utf8()).isEqualTo("{\"comment\":\"\"}");
    assertCredentials(request);
  }

  @Test
  void requestReviewPostsTheReviewerIds() throws Exception {
    server.enqueue(noContent());

    client.goals().requestReview(GOAL_ID, List.of("6197665868264500014d04e0", "619765b69b8b5c0001b5e669"));

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo(GOAL_PATH + "/review");
    assertThat(request.getBody().utf8())
        .isEqualTo("{\"reviewers\":[\"6197665868264500014d04e0\",\"619765b69b8b5c0001b5e669\"]}");
    assertCredentials(request);
  }

  @Test
  void withdrawPostsWithoutABody() throws Exception {
    server.enqueue(noContent());

    client.goals().withdraw(GOAL_ID);

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo(GOAL_PATH + "/withdraw");
    assertThat(request.getBody().size()).isZero();
    assertCredentials(request);
  }

  @Test
  @SuppressWarnings("deprecation")
  void deprecatedReplacePutsTheWholeGoal() throws Exception {
    server.enqueue(json(200, Fixtures.read("gtmhub/goal.json")));

    Goal updated = client.goals().replace(GOAL_ID, fullRequest());

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("PUT");
    assertThat(request.getTarget()).isEqualTo(GOAL_PATH);
    assertThat(request.getBody().utf8()).isEqualTo(FULL_REQUEST_JSON);
    assertCredentials(request);
    assertThat(updated.name()).contains("Grow revenue in new markets");
  }

  @Test
  @SuppressWarnings("deprecation")
  void deprecatedConfidencePutsTheConfidence() throws Exception {
    server.enqueue(json(200, "{\"id\":\"" + GOAL_ID + "\"}"));

    Goal goal =
        client.goals().updateConfidence(GOAL_ID, GoalConfidence.builder().value(0.7).reason("on track").build());

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("PUT");
    assertThat(request.getTarget()).isEqualTo(GOAL_PATH + "/confidence");
    assertThat(request.getBody().utf8()).isEqualTo("{\"value\":0.7,\"reason\":\"on track\"}");
    assertCredentials(request);
    assertThat(goal.id()).isEqualTo(GOAL_ID);
  }

  @Test
  void patchWithOneFieldSendsExactlyThatField() throws Exception {
    server.enqueue(json(200, Fixtures.read("gtmhub/goal.json")));

    client.goals().update(GOAL_ID, GoalPatch.builder().name("Grow revenue").build());

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("PATCH");
    assertThat(request.getTarget()).isEqualTo(GOAL_PATH);
    assertThat(request.getBody().utf8()).isEqualTo("{\"name\":\"Grow revenue\"}");
    assertCredentials(request);
  }

  @Test
  void patchWritesDatesWithSecondsAndOnlyTheSetFields() throws Exception {
    server.enqueue(json(200, Fixtures.read("gtmhub/goal.json")));
    GoalPatch patch =
        GoalPatch.builder()
            .dateTo(OffsetDateTime.of(2021, 6, 30, 0, 0, 0, 0, ZoneOffset.UTC))
            .ownerIds(List.of())
            .tags(List.of(Tag.of("q2")))
            .build();

    client.goals().update(GOAL_ID, patch);

    assertThat(server.takeRequest().getBody().utf8())
        .isEqualTo("{\"ownerIds\":[],\"dateTo\":\"2021-06-30T00:00:00Z\",\"tags\":[{\"title\":\"q2\"}]}");
  }

  @Test
  void deleteAllSendsTheIdsAsABareArrayBody() throws Exception {
    server.enqueue(json(200, "{}"));

    client.goals().deleteAll(List.of("61a74153d8b312000145b519", "602e31560f20d500012dbe0e"));

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("DELETE");
    assertThat(request.getTarget()).isEqualTo("/api/v1/goals/bulk");
    assertThat(request.getBody().utf8()).isEqualTo("[\"61a74153d8b312000145b519\",\"602e31560f20d500012dbe0e\"]");
    assertCredentials(request);
  }

  @Test
  void deleteIsADeleteOnTheGoalWithoutBody() throws Exception {
    server.enqueue(json(200, "{}"));

    client.goals().delete(GOAL_ID);

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("DELETE");
    assertThat(request.getTarget()).isEqualTo(GOAL_PATH);
    assertThat(request.getBody()).isNull();
    assertCredentials(request);
  }

  private static final String FULL_REQUEST_JSON =
      "{\"name\":\"Grow revenue\",\"sessionId\":\"61a74153d8b312000145b519\","
          + "\"ownerIds\":[\"6197665868264500014d04e0\"],"
          + "\"description\":\"Led by @[Mariya Velikova:mariya@example.com:602a65efc05575000123291b]\","
          + "\"parentId\":\"602e31560f20d500012dbe0e\","
          + "\"dateFrom\":\"2021-01-01T00:00:00Z\",\"dateTo\":\"2021-03-31T23:59:59+02:00\","
          + "\"attainmentTypeString\":\"average_kr\","
          + "\"tags\":[{\"title\":\"growth\"}],"
          + "\"customFields\":{\"region\":\"EMEA\",\"budget\":1200.5},"
          + "\"assignee\":{\"id\":\"6197665868264500014d04e0\",\"type\":\"team\"}}";

  private static GoalRequest fullRequest() {
    Map<String, Object> customFields = new LinkedHashMap<>();
    customFields.put("region", "EMEA");
    customFields.put("budget", 1200.5);
    return GoalRequest.builder()
        .name("Grow revenue")
        .sessionId("61a74153d8b312000145b519")
        .ownerIds(List.of("6197665868264500014d04e0"))
        .description("Led by @[Mariya Velikova:mariya@example.com:602a65efc05575000123291b]")
        .parentId("602e31560f20d500012dbe0e")
        .dateFrom(OffsetDateTime.of(2021, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC))
        .dateTo(OffsetDateTime.of(2021, 3, 31, 23, 59, 59, 0, ZoneOffset.ofHours(2)))
        .attainmentType(OpenEnum.of(AttainmentType.AVERAGE_KR))
        .tags(List.of(Tag.of("growth")))
        .customFields(customFields)
        .assignee(Assignee.builder().id("6197665868264500014d04e0").type(OpenEnum.of(AssigneeType.TEAM)).build())
        .build();
  }
}
