package io.okrsdk.gtmhub;

import static io.okrsdk.gtmhub.TestClients.GOAL_ID;
import static io.okrsdk.gtmhub.TestClients.assertCredentials;
import static io.okrsdk.gtmhub.TestClients.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.core.testsupport.Fixtures;
import io.okrsdk.gtmhub.model.GoalGroupList;
import io.okrsdk.gtmhub.model.GoalList;
import io.okrsdk.gtmhub.query.AttainmentCondition;
import io.okrsdk.gtmhub.query.DeadlineFilter;
import io.okrsdk.gtmhub.query.Fields;
import io.okrsdk.gtmhub.query.Filter;
import io.okrsdk.gtmhub.query.Formatting;
import io.okrsdk.gtmhub.query.ListQuery;
import io.okrsdk.gtmhub.query.GroupByQuery;
import io.okrsdk.gtmhub.query.Sort;
import java.time.LocalDate;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The six read endpoints: method, exact path, every query parameter with its encoding, headers. */
class GoalReadEndpointsTest {
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
  void listSendsTheDocExampleQueryOnV2() throws Exception {
    server.enqueue(json(200, Fixtures.read("gtmhub/goals-page.json")));
    ListQuery query =
        ListQuery.builder()
            .fields(Fields.raw("name,description"))
            .sort(Sort.raw("-name,dateCreated"))
            .filter(Filter.raw("{name: {$in: [\"sales\", \"marketing\"]}}"))
            .formatting(Formatting.PLAIN_TEXT)
            .build();

    GoalList page = client.goals().listPage(query, 5, 10);

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v2/goals");
    assertThat(request.getUrl().queryParameterNames())
        .containsExactly("fields", "sort", "filter", "skip", "limit", "formatting");
    assertThat(request.getUrl().queryParameter("fields")).isEqualTo("name,description");
    assertThat(request.getUrl().queryParameter("sort")).isEqualTo("-name,dateCreated");
    assertThat(request.getUrl().queryParameter("filter")).isEqualTo("{name: {$in: [\"sales\", \"marketing\"]}}");
    assertThat(request.getUrl().queryParameter("skip")).isEqualTo("5");
    assertThat(request.getUrl().queryParameter("limit")).isEqualTo("10");
    assertThat(request.getUrl().queryParameter("formatting")).isEqualTo("plainText");
    assertThat(request.getTarget())
        .isEqualTo("/api/v2/goals?fields=name%2Cdescription&sort=-name%2CdateCreated"
            + "&filter=%7Bname%3A%20%7B%24in%3A%20%5B%22sales%22%2C%20%22marketing%22%5D%7D%7D"
            + "&skip=5&limit=10&formatting=plainText");
    assertCredentials(request);
    assertThat(page.items()).hasSize(2);
    assertThat(page.totalCount()).contains(7L);
  }

  @Test
  void listWithTypedPartsWritesEscapedJsonFilter() throws Exception {
    server.enqueue(json(200, "{\"items\":[],\"totalCount\":0}"));
    ListQuery query =
        ListQuery.builder()
            .fields(Fields.of("name").nested("metrics", "name", "attainment"))
            .sort(Sort.descending("name").thenAscending("dateCreated"))
            .filter(Filter.regex("name", ".*Sales+ \"Q1\".*").and(Filter.gte("attainment", 0.5)))
            .formatting(Formatting.MENTIONS_MARKUP)
            .build();

    client.goals().listPage(query, 0, 100);

    RecordedRequest request = server.takeRequest();
    assertThat(request.getUrl().queryParameter("filter"))
        .isEqualTo("{\"$and\":[{\"name\":{\"$regex\":\".*Sales+ \\\"Q1\\\".*\"}},{\"attainment\":{\"$gte\":0.5}}]}");
    assertThat(request.getTarget())
        .contains("filter=%7B%22%24and%22%3A%5B%7B%22name%22%3A%7B%22%24regex%22%3A%22.*Sales%2B%20%5C%22Q1%5C%22.*%22%7D%7D"
            + "%2C%7B%22attainment%22%3A%7B%22%24gte%22%3A0.5%7D%7D%5D%7D");
    assertThat(request.getUrl().queryParameter("fields")).isEqualTo("name,metrics{name,attainment}");
    assertThat(request.getTarget()).contains("fields=name%2Cmetrics%7Bname%2Cattainment%7D");
    assertThat(request.getUrl().queryParameter("sort")).isEqualTo("-name,dateCreated");
    assertThat(request.getUrl().queryParameter("formatting")).isEqualTo("mentionsMarkup");
    assertThat(request.getUrl().queryParameter("skip")).isEqualTo("0");
    assertThat(request.getUrl().queryParameter("limit")).isEqualTo("100");
  }

  @Test
  void listWithoutOptionsSendsOnlySkipAndLimit() throws Exception {
    server.enqueue(json(200, "{\"items\":[]}"));

    client.goals().list(ListQuery.all()).toList();

    RecordedRequest request = server.takeRequest();
    assertThat(request.getTarget()).isEqualTo("/api/v2/goals?skip=0&limit=100");
  }

  @Test
  void groupByOwnersSendsEveryDocumentedParameterOnV1() throws Exception {
    server.enqueue(json(200, Fixtures.read("gtmhub/goals-grouped.json")));

    GoalGroupList page = client.goals().groupByOwnersPage(docGroupByQuery(), 5, 50);

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v1/goals/groupBy/owners");
    assertDocGroupByQuery(request);
    assertCredentials(request);
    assertThat(page.items()).hasSize(2);
  }

  @Test
  void groupByReviewersSendsEveryDocumentedParameterOnV1() throws Exception {
    server.enqueue(json(200, Fixtures.read("gtmhub/goals-grouped.json")));

    GoalGroupList page = client.goals().groupByReviewersPage(docGroupByQuery(), 5, 50);

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v1/goals/groupBy/reviewers");
    assertDocGroupByQuery(request);
    assertCredentials(request);
    assertThat(page.totalCount()).contains(2L);
  }

  @Test
  void groupByRawPartsAreSentAsGiven() throws Exception {
    server.enqueue(json(200, "{\"items\":[]}"));
    GroupByQuery query =
        GroupByQuery.builder()
            .filter(DeadlineFilter.PAST)
            .attainment(AttainmentCondition.raw(">0.5"))
            .metricAttainment(AttainmentCondition.raw("<1"))
            .sort(Sort.raw("-attainment"))
            .includeMetrics(false)
            .build();

    client.goals().groupByOwnersPage(query, 0, 20);

    RecordedRequest request = server.takeRequest();
    assertThat(request.getTarget())
        .isEqualTo("/api/v1/goals/groupBy/owners?filter=past&attainment=%3E0.5&metricAttainment=%3C1"
            + "&sort=-attainment&includeMetrics=false&skip=0&take=20");
  }

  @Test
  void goalsByMetricOwnerUsesTheOwnerIdInThePath() throws Exception {
    server.enqueue(json(200, Fixtures.read("gtmhub/goals-page.json")));

    GoalList goals = client.goals().listByMetricOwner("6138969ab6adf10001fc329c");

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/api/v1/goals/metric/6138969ab6adf10001fc329c");
    assertCredentials(request);
    assertThat(goals.items()).extracting(goal -> goal.name().orElseThrow()).containsExactly("sales", "marketing");
  }

  @Test
  void getSendsNestedFieldsProjectionAndFormatting() throws Exception {
    server.enqueue(json(200, Fixtures.read("gtmhub/goal.json")));

    client.goals()
        .get(
            GOAL_ID,
            Fields.of("name", "sessionId").nested("metrics", "name", "attainment").nested("links", "expanded"),
            Formatting.MENTIONS_MARKUP);

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v1/goals/" + GOAL_ID);
    assertThat(request.getUrl().queryParameter("fields"))
        .isEqualTo("name,sessionId,metrics{name,attainment},links{expanded}");
    assertThat(request.getUrl().queryParameter("formatting")).isEqualTo("mentionsMarkup");
    assertThat(request.getTarget())
        .isEqualTo("/api/v1/goals/" + GOAL_ID
            + "?fields=name%2CsessionId%2Cmetrics%7Bname%2Cattainment%7D%2Clinks%7Bexpanded%7D&formatting=mentionsMarkup");
    assertCredentials(request);
  }

  @Test
  void getWithoutOptionsSendsNoQueryAndEncodesTheId() throws Exception {
    server.enqueue(json(200, "{\"id\":\"a/b:c\"}"));

    client.goals().get("a/b:c");

    RecordedRequest request = server.takeRequest();
    assertThat(request.getTarget()).isEqualTo("/api/v1/goals/a%2Fb%3Ac");
  }

  @Test
  void workflowActionsIsAGetOnTheGoal() throws Exception {
    server.enqueue(json(200, Fixtures.read("gtmhub/workflow-actions.json")));

    client.goals().workflowActions(GOAL_ID);

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/api/v1/goals/" + GOAL_ID + "/workflow-actions");
    assertCredentials(request);
  }

  private static GroupByQuery docGroupByQuery() {
    return GroupByQuery.builder()
        .filter(DeadlineFilter.CURRENT)
        .ids(List.of("61a74153d8b312000145b519", "602e31560f20d500012dbe0e"))
        .addOwnerIds("6197665868264500014d04e0", "619765b69b8b5c0001b5e669")
        .addMetricOwnerIds("615a9d1c84d86400013f8170", "6197665815627f0001850837")
        .attainment(AttainmentCondition.greaterThan(0.5))
        .metricBefore(LocalDate.of(2021, 3, 20))
        .metricAfter(LocalDate.of(2021, 3, 20))
        .metricAttainment(AttainmentCondition.greaterThan(1))
        .sort(Sort.descending("attainment"))
        .includeMetrics(true)
        .build();
  }

  /** The doc's curl example for both grouped-by endpoints, parameter by parameter. */
  private static void assertDocGroupByQuery(RecordedRequest request) {
    assertThat(request.getUrl().queryParameterNames())
        .containsExactly("filter", "ids", "ownerIds", "metricOwnerId", "attainment", "metricBefore", "metricAfter",
            "metricAttainment", "sort", "includeMetrics", "skip", "take");
    assertThat(request.getUrl().queryParameter("filter")).isEqualTo("current");
    assertThat(request.getUrl().queryParameter("ids")).isEqualTo("61a74153d8b312000145b519,602e31560f20d500012dbe0e");
    assertThat(request.getUrl().queryParameter("ownerIds")).isEqualTo("6197665868264500014d04e0,619765b69b8b5c0001b5e669");
    assertThat(request.getUrl().queryParameter("metricOwnerId"))
        .isEqualTo("615a9d1c84d86400013f8170,6197665815627f0001850837");
    assertThat(request.getUrl().queryParameter("attainment")).isEqualTo(">0.5");
    assertThat(request.getUrl().queryParameter("metricBefore")).isEqualTo("2021-03-20");
    assertThat(request.getUrl().queryParameter("metricAfter")).isEqualTo("2021-03-20");
    assertThat(request.getUrl().queryParameter("metricAttainment")).isEqualTo(">1");
    assertThat(request.getUrl().queryParameter("sort")).isEqualTo("-attainment");
    assertThat(request.getUrl().queryParameter("includeMetrics")).isEqualTo("true");
    assertThat(request.getUrl().queryParameter("skip")).isEqualTo("5");
    assertThat(request.getUrl().queryParameter("take")).isEqualTo("50");
    assertThat(request.getTarget())
        .endsWith("?filter=current&ids=61a74153d8b312000145b519%2C602e31560f20d500012dbe0e"
            + "&ownerIds=6197665868264500014d04e0%2C619765b69b8b5c0001b5e669"
            + "&metricOwnerId=615a9d1c84d86400013f8170%2C6197665815627f0001850837"
            + "&attainment=%3E0.5&metricBefore=2021-03-20&metricAfter=2021-03-20&metricAttainment=%3E1"
            + "&sort=-attainment&includeMetrics=true&skip=5&take=50");
  }
}
