package io.okrsdk.jira;

import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.core.testsupport.Fixtures;
import io.okrsdk.core.testsupport.RecordingSleeper;
import io.okrsdk.jira.internal.CommaList;
import io.okrsdk.jira.query.DateWindow;
import io.okrsdk.jira.query.KeyResultExpand;
import io.okrsdk.jira.query.ObjectiveExpand;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The four OKR queries on the wire: method, path, query and credentials. */
class OkrQueryContractTest {
  private static final String EXAMPLE = Fixtures.read("jira/objectives.json");

  @StartStop final MockWebServer server = new MockWebServer();
  private OkrForJiraClient client;

  @BeforeEach
  void setUp() {
    client = TestClients.forServer(server, new RecordingSleeper());
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private RecordedRequest onlyRequest() throws InterruptedException {
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getHeaders().get("API-Token")).isEqualTo(TestClients.TOKEN);
    assertThat(server.getRequestCount()).isEqualTo(1);
    return request;
  }

  @Test
  void objectivesByDateSendsTheWindowInEpochMillisAndExpandAsACommaList() throws Exception {
    server.enqueue(TestClients.json(EXAMPLE));
    DateWindow window =
        DateWindow.between(Instant.parse("2021-01-01T00:00:00Z"), Instant.parse("2021-03-31T23:59:59.999Z"));

    OkrGraph graph = client.okrs().objectivesByDate(window, ObjectiveExpand.all());

    RecordedRequest request = onlyRequest();
    HttpUrl url = request.getUrl();
    assertThat(url.encodedPath()).isEqualTo("/api/v2/api-export/objectives/byDate");
    assertThat(url.queryParameterNames()).containsExactly("startDateEpochMilli", "deadlineEpochMilli", "expand");
    assertThat(url.queryParameter("startDateEpochMilli")).isEqualTo("1609459200000");
    assertThat(url.queryParameter("deadlineEpochMilli")).isEqualTo("1617235199999");
    assertThat(request.getTarget())
        .endsWith("expand=OBJECTIVES,KEY_RESULTS,TEAMS,PERIODS,LABELS,TYPES,CUSTOM_FIELDS");
    assertThat(graph.objectiveByKey("O-2")).isPresent();
  }

  @Test
  void objectivesByDateTakesLocalDatesAsWholeUtcDays() throws Exception {
    server.enqueue(TestClients.json(EXAMPLE));

    client.okrs().objectivesByDate(
        DateWindow.between(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 3, 31)), EnumSet.of(ObjectiveExpand.PERIODS));

    HttpUrl url = onlyRequest().getUrl();
    assertThat(url.queryParameter("startDateEpochMilli")).isEqualTo("1609459200000");
    assertThat(url.queryParameter("deadlineEpochMilli")).isEqualTo("1617235199999");
    assertThat(url.queryParameter("expand")).isEqualTo("PERIODS");
  }

  @Test
  void anEmptyExpandLeavesTheParameterOut() throws Exception {
    server.enqueue(TestClients.json(EXAMPLE));

    client.okrs().objectivesByDate(
        DateWindow.between(Instant.ofEpochMilli(1), Instant.ofEpochMilli(2)), Set.of());

    HttpUrl url = onlyRequest().getUrl();
    assertThat(url.queryParameterNames()).containsExactly("startDateEpochMilli", "deadlineEpochMilli");
  }

  @Test
  void objectivesByIdsSendsACommaListOfDistinctIds() throws Exception {
    server.enqueue(TestClients.json(EXAMPLE));

    OkrGraph graph =
        client.okrs().objectivesByIds(
            List.of("5fda249d289742000406b3e4", "5fdb72c63d2cf000035ceb37", "5fda249d289742000406b3e4"),
            EnumSet.of(ObjectiveExpand.TEAMS, ObjectiveExpand.KEY_RESULTS));

    RecordedRequest request = onlyRequest();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v2/api-export/objectives/byIds");
    assertThat(request.getTarget())
        .isEqualTo(
            "/api/v2/api-export/objectives/byIds?objectiveIds=5fda249d289742000406b3e4,5fdb72c63d2cf000035ceb37"
                + "&expand=KEY_RESULTS,TEAMS");
    assertThat(graph.objectives()).hasSize(1);
  }

  @Test
  void theVendorsOwnByIdsExampleCanBeSentAsWritten() throws Exception {
    server.enqueue(TestClients.json(EXAMPLE));

    client.okrs().objectivesByIds(List.of("5fda249d289742000406b3e4"), EnumSet.of(ObjectiveExpand.OBJECTIVES,
        ObjectiveExpand.KEY_RESULTS, ObjectiveExpand.TEAMS, ObjectiveExpand.PERIODS, ObjectiveExpand.LABELS));

    assertThat(onlyRequest().getTarget())
        .isEqualTo("/api/v2/api-export/objectives/byIds?objectiveIds=5fda249d289742000406b3e4"
            + "&expand=OBJECTIVES,KEY_RESULTS,TEAMS,PERIODS,LABELS");
  }

  @Test
  void rawExpandValuesAreSentAfterTheKnownOnes() throws Exception {
    server.enqueue(TestClients.json(EXAMPLE));
    server.enqueue(TestClients.json(EXAMPLE));
    server.enqueue(TestClients.json(EXAMPLE));
    server.enqueue(TestClients.json(EXAMPLE));
    DateWindow window = DateWindow.between(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 3, 31));

    client.okrs().objectivesByDate(window, EnumSet.of(ObjectiveExpand.TEAMS), List.of("OWNERS"));
    client.okrs().objectivesByIdsAsync(List.of("o1"), EnumSet.noneOf(ObjectiveExpand.class), List.of("OWNERS")).join();
    client.okrs().keyResultsByDateAsync(window, EnumSet.of(KeyResultExpand.OBJECTIVES), List.of("TASKS")).join();
    client.okrs().keyResultsByIds(List.of("k1"), EnumSet.noneOf(KeyResultExpand.class), List.of());

    assertThat(server.takeRequest().getUrl().queryParameter("expand")).isEqualTo("TEAMS,OWNERS");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v2/api-export/objectives/byIds?objectiveIds=o1&expand=OWNERS");
    assertThat(server.takeRequest().getUrl().queryParameter("expand")).isEqualTo("OBJECTIVES,TASKS");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v2/api-export/keyResults/byIds?keyResultIds=k1");
  }

  @Test
  void keyResultsByDateUsesItsOwnPathAndExpansions() throws Exception {
    server.enqueue(TestClients.json(EXAMPLE));

    client.okrs().keyResultsByDate(
        DateWindow.between(Instant.ofEpochMilli(1609459200000L), Instant.ofEpochMilli(1617235199000L)),
        EnumSet.of(KeyResultExpand.OBJECTIVES, KeyResultExpand.CUSTOM_FIELDS));

    RecordedRequest request = onlyRequest();
    assertThat(request.getTarget())
        .isEqualTo(
            "/api/v2/api-export/keyResults/byDate?startDateEpochMilli=1609459200000&deadlineEpochMilli=1617235199000"
                + "&expand=OBJECTIVES,CUSTOM_FIELDS");
  }

  @Test
  void keyResultsByIdsSendsKeyResultIds() throws Exception {
    server.enqueue(TestClients.json(EXAMPLE));

    OkrGraph graph = client.okrs().keyResultsByIds(List.of("5fda249d289742000406b3e5"), KeyResultExpand.all());

    RecordedRequest request = onlyRequest();
    assertThat(request.getTarget())
        .isEqualTo(
            "/api/v2/api-export/keyResults/byIds?keyResultIds=5fda249d289742000406b3e5"
                + "&expand=OBJECTIVES,TEAMS,PERIODS,LABELS,TYPES,CUSTOM_FIELDS");
    assertThat(graph.keyResultByKey("KR-2")).isPresent();
  }

  @Test
  void idsWithReservedCharactersAreEncodedOneByOne() throws Exception {
    server.enqueue(TestClients.json(EXAMPLE));

    client.okrs().keyResultsByIds(List.of("a&b=c", "d e"), Set.of());

    RecordedRequest request = onlyRequest();
    assertThat(request.getTarget()).isEqualTo("/api/v2/api-export/keyResults/byIds?keyResultIds=a%26b%3Dc,d%20e");
    assertThat(request.getUrl().queryParameter("keyResultIds")).isEqualTo("a&b=c,d e");
  }

  @Test
  void asyncTwinsSendTheSameRequests() throws Exception {
    DateWindow window = DateWindow.between(Instant.ofEpochMilli(10), Instant.ofEpochMilli(20));
    for (int i = 0; i < 4; i++) {
      server.enqueue(TestClients.json(EXAMPLE));
    }

    assertThat(client.okrs().objectivesByDateAsync(window, Set.of()).get().objectives()).hasSize(1);
    assertThat(client.okrs().objectivesByIdsAsync(List.of("x"), Set.of()).get().keyResults()).hasSize(1);
    assertThat(client.okrs().keyResultsByDateAsync(window, Set.of()).get().teams()).hasSize(1);
    assertThat(client.okrs().keyResultsByIdsAsync(List.of("y"), Set.of()).get().periods()).hasSize(1);

    assertThat(server.takeRequest().getTarget())
        .isEqualTo("/api/v2/api-export/objectives/byDate?startDateEpochMilli=10&deadlineEpochMilli=20");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v2/api-export/objectives/byIds?objectiveIds=x");
    assertThat(server.takeRequest().getTarget())
        .isEqualTo("/api/v2/api-export/keyResults/byDate?startDateEpochMilli=10&deadlineEpochMilli=20");
    RecordedRequest last = server.takeRequest();
    assertThat(last.getTarget()).isEqualTo("/api/v2/api-export/keyResults/byIds?keyResultIds=y");
    assertThat(last.getHeaders().get("API-Token")).isEqualTo(TestClients.TOKEN);
  }

  @Test
  void anUnmodelledRequestDecodesIntoAModel() throws Exception {
    server.enqueue(TestClients.json(EXAMPLE));

    var response =
        client.request("GET", "api/v2/api-export/objectives/byIds")
            .query("objectiveIds", "o1,o2")
            .query("expand", "LABELS")
            .execute(io.okrsdk.jira.model.OkrExport.class);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body().orElseThrow().okrs()).hasSize(1);
    assertThat(server.takeRequest().getTarget())
        .as("query values are percent-encoded whole, the comma too")
        .isEqualTo("/api/v2/api-export/objectives/byIds?objectiveIds=o1%2Co2&expand=LABELS");
  }
}
