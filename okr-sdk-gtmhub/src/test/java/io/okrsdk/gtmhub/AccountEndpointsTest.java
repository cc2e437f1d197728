package io.okrsdk.gtmhub;

import io.okrsdk.gtmhub.query.Formatting;
import io.okrsdk.gtmhub.query.Sort;
import io.okrsdk.gtmhub.query.Fields;
import static io.okrsdk.gtmhub.TestClients.assertCredentials;
import static io.okrsdk.gtmhub.TestClients.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.testsupport.Fixtures;
import io.okrsdk.gtmhub.model.Session;
import io.okrsdk.gtmhub.model.SessionList;
import io.okrsdk.gtmhub.model.Team;
import io.okrsdk.gtmhub.model.TeamList;
import io.okrsdk.gtmhub.model.User;
import io.okrsdk.gtmhub.model.UserList;
import io.okrsdk.gtmhub.query.Filter;
import io.okrsdk.gtmhub.query.ListQuery;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Sessions, users and teams: exact requests and decoding of fixtures written from the field lists. */
@Timeout(10)
class AccountEndpointsTest {
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
  void sessionsListOnV2WithTheDocExampleQuery() throws Exception {
    server.enqueue(json(200, Fixtures.read("gtmhub/sessions-page.json")));

    SessionList page = client.sessions().listPage(
        ListQuery.builder().fields(Fields.raw("name,description")).sort(Sort.raw("-name,dateCreated")).formatting(Formatting.PLAIN_TEXT).build(), 5, 10);

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget())
        .isEqualTo("/api/v2/sessions?fields=name%2Cdescription&sort=-name%2CdateCreated&skip=5&limit=10&formatting=plainText");
    assertCredentials(request);
    Session current = page.items().get(0);
    assertThat(current.title()).contains("Q1 2024");
    assertThat(current.start()).contains(OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
    assertThat(current.status()).contains("open");
    assertThat(current.ownerIds()).containsExactly("5f7c1a2b3c4d5e0001a10001");
    Session older = page.items().get(1);
    assertThat(older.title()).contains("Q4 2023");
    assertThat(older.end()).contains(OffsetDateTime.of(2023, 12, 31, 23, 59, 59, 0, ZoneOffset.UTC));
  }

  @Test
  void sessionGetOnV1() throws Exception {
    server.enqueue(json(200, "{\"id\":\"s1\",\"title\":\"Q1\",\"status\":\"open\"}"));

    Session session = client.sessions().getAsync("s1").get(5, TimeUnit.SECONDS);

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/api/v1/sessions/s1");
    assertCredentials(request);
    assertThat(session.title()).contains("Q1");
  }

  @Test
  void usersListSendsThePageSizeAsTakeAndLimit() throws Exception {
    server.enqueue(json(200, Fixtures.read("gtmhub/users-page.json")));

    UserList page = client.users().listPage(
        ListQuery.builder().fields(Fields.raw("email,firstName,lastName")).sort(Sort.raw("dateCreated"))
            .filter(Filter.eq("_id", "611fce386400780001b19e1e")).build(), 5, 5);

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget())
        .isEqualTo("/api/v1/users?fields=email%2CfirstName%2ClastName&sort=dateCreated"
            + "&filter=%7B%22_id%22%3A%22611fce386400780001b19e1e%22%7D&skip=5&take=5&limit=5");
    assertCredentials(request);
    User dana = page.items().get(0);
    assertThat(dana.label()).contains("Dana Whitfield");
    assertThat(dana.dateCreated()).contains(OffsetDateTime.of(2021, 5, 11, 8, 0, 0, 0, ZoneOffset.UTC));
    assertThat(page.items().get(1).label()).contains("samir.haddad@example.com");
  }

  @Test
  void usersListWalksPages() throws Exception {
    server.enqueue(json(200, "{\"items\":[{\"id\":\"u1\"}],\"totalCount\":2}"));
    server.enqueue(json(200, "{\"items\":[{\"id\":\"u2\"}],\"totalCount\":2}"));

    assertThat(client.users().list(ListQuery.builder().pageSize(1).build()).stream().map(u -> u.id().orElse("?")))
        .containsExactly("u1", "u2");
    server.takeRequest();
    assertThat(server.takeRequest().getUrl().queryParameter("skip")).isEqualTo("1");
  }

  @Test
  void userGetOnV1() throws Exception {
    server.enqueue(json(200, "{\"id\":\"u1\",\"displayName\":\"Dana W.\"}"));

    User user = client.users().get("u1");

    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v1/users/u1");
    assertThat(user.label()).contains("Dana W.");
  }

  @Test
  void teamsListOnV2AndGetOnV1() throws Exception {
    server.enqueue(json(200, Fixtures.read("gtmhub/teams-page.json")));
    server.enqueue(json(200, "{\"id\":\"t1\",\"name\":\"Sales EMEA\"}"));

    TeamList page = client.teams().listPage(ListQuery.builder().sort(Sort.raw("name")).build(), 0, 15);
    Team team = client.teams().get("t1");

    RecordedRequest list = server.takeRequest();
    assertThat(list.getTarget()).isEqualTo("/api/v2/teams?sort=name&skip=0&limit=15");
    assertCredentials(list);
    RecordedRequest get = server.takeRequest();
    assertThat(get.getTarget()).isEqualTo("/api/v1/teams/t1");
    Team sales = page.items().get(0);
    assertThat(sales.members()).hasSize(2);
    assertThat(sales.manager()).contains("5f7c1a2b3c4d5e0001a10001");
    assertThat(sales.color()).contains("#87a6bc");
    assertThat(team.name()).contains("Sales EMEA");
  }

  @Test
  void blankIdsAreRefusedBeforeSending() {
    assertThatThrownBy(() -> client.sessions().get("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.users().getAsync(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.teams().get("  ")).isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }
}
