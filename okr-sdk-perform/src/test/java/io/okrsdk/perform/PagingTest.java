package io.okrsdk.perform;

import static io.okrsdk.perform.TestServers.BASIC_AUTH;
import static io.okrsdk.perform.TestServers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.okrsdk.core.PageLimitExceededException;
import io.okrsdk.core.testsupport.RecordingSleeper;
import io.okrsdk.core.paging.Page;
import io.okrsdk.core.paging.PagedIterable;
import io.okrsdk.perform.model.Checkin;
import io.okrsdk.perform.model.Goal;
import io.okrsdk.perform.query.CheckinQuery;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Limit/offset paging with {@code count} and absolute {@code next} links. */
@Timeout(30)
class PagingTest {
  @StartStop final MockWebServer server = new MockWebServer();
  @StartStop final MockWebServer foreign = new MockWebServer();

  private String link(String pathAndQuery) {
    return server.url(pathAndQuery).toString();
  }

  private static String goalPage(long count, String next, String... ids) {
    StringBuilder results = new StringBuilder();
    for (String id : ids) {
      if (results.length() > 0) {
        results.append(',');
      }
      results.append("{\"api_id\":\"").append(id).append("\",\"title\":\"Goal ").append(id).append("\"}");
    }
    String nextJson = next == null ? "null" : "\"" + next + "\"";
    return "{\"count\":" + count + ",\"next\":" + nextJson + ",\"previous\":null,\"results\":[" + results + "]}";
  }

  private static List<String> ids(Iterable<Goal> goals) {
    List<String> ids = new ArrayList<>();
    goals.forEach(goal -> ids.add(goal.apiId()));
    return ids;
  }

  @Test
  void followsNextLinksAcrossThreePagesOfTwo() throws Exception {
    server.enqueue(json(goalPage(6, link("/api/v2/goals/?limit=2&offset=2"), "580:1", "580:2")));
    server.enqueue(json(goalPage(6, link("/api/v2/goals/?limit=2&offset=4"), "580:3", "580:4")));
    server.enqueue(json(goalPage(6, null, "580:5", "580:6")));
    List<Page<Goal>> pages = new ArrayList<>();
    try (PerformClient client = TestServers.client(server)) {
      client.goals().list(2).pages().forEach(pages::add);
    }

    assertThat(pages).hasSize(3);
    assertThat(pages).allSatisfy(page -> assertThat(page.totalCount()).hasValue(6));
    List<String> ids = new ArrayList<>();
    pages.forEach(page -> ids.addAll(ids(page.items())));
    assertThat(ids).containsExactly("580:1", "580:2", "580:3", "580:4", "580:5", "580:6");
    assertThat(server.getRequestCount()).isEqualTo(3);
    String[] targets = {
      "/api/v2/goals/?limit=2&offset=0", "/api/v2/goals/?limit=2&offset=2", "/api/v2/goals/?limit=2&offset=4"
    };
    for (String target : targets) {
      RecordedRequest request = server.takeRequest();
      assertThat(request.getMethod()).isEqualTo("GET");
      assertThat(request.getTarget()).isEqualTo(target);
      // Same origin as the base URL: the credentials go along.
      assertThat(request.getHeaders().get("Authorization")).isEqualTo(BASIC_AUTH);
    }
  }

  @Test
  void stopsWhenNextIsNullEvenIfCountPromisesMore() {
    server.enqueue(json(goalPage(99, link("/api/v2/goals/?limit=2&offset=2"), "580:1", "580:2")));
    server.enqueue(json(goalPage(99, null, "580:3")));
    server.enqueue(json(goalPage(99, null, "580:never")));
    try (PerformClient client = TestServers.client(server)) {
      assertThat(ids(client.goals().list(2))).containsExactly("580:1", "580:2", "580:3");
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aServerThatRepeatsTheSameNextLinkDoesNotLoop() {
    String again = link("/api/v2/goals/?limit=2&offset=2");
    server.enqueue(json(goalPage(100, again, "580:1", "580:2")));
    server.enqueue(json(goalPage(100, again, "580:3", "580:4")));
    server.enqueue(json(goalPage(100, again, "580:5", "580:6")));
    try (PerformClient client = TestServers.client(server)) {
      assertThat(ids(client.goals().list(2))).containsExactly("580:1", "580:2", "580:3", "580:4");
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void stopsOnAnEmptyPage() {
    server.enqueue(json(goalPage(100, link("/api/v2/goals/?limit=2&offset=2"), "580:1")));
    server.enqueue(json(goalPage(100, link("/api/v2/goals/?limit=2&offset=4"))));
    server.enqueue(json(goalPage(100, null, "580:never")));
    try (PerformClient client = TestServers.client(server)) {
      assertThat(ids(client.goals().list(2))).containsExactly("580:1");
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void theItemCapStopsFetchingPages() throws Exception {
    server.enqueue(json(goalPage(6, link("/api/v2/goals/?limit=2&offset=2"), "580:1", "580:2")));
    server.enqueue(json(goalPage(6, link("/api/v2/goals/?limit=2&offset=4"), "580:3", "580:4")));
    server.enqueue(json(goalPage(6, null, "580:5", "580:6")));
    try (PerformClient client = TestServers.client(server)) {
      assertThat(ids(client.goals().list(2).limit(3))).containsExactly("580:1", "580:2", "580:3");
      assertThat(server.getRequestCount()).isEqualTo(2);
      assertThat(client.goals().list(2).limit(0)).isEmpty();
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void nothingIsRequestedBeforeIterationAndEachIterationStartsAfresh() throws Exception {
    server.enqueue(json(goalPage(1, null, "580:1")));
    server.enqueue(json(goalPage(1, null, "580:1")));
    try (PerformClient client = TestServers.client(server)) {
      PagedIterable<Goal> goals = client.goals().list(10);
      assertThat(server.getRequestCount()).isZero();
      assertThat(ids(goals)).containsExactly("580:1");
      assertThat(ids(goals)).containsExactly("580:1");
    }
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v2/goals/?limit=10&offset=0");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v2/goals/?limit=10&offset=0");
  }

  @Test
  void pageSizeMustBePositiveAndIsCheckedBeforeAnyRequest() {
    // The vendor documents no maximum page size, so only the lower bound is enforced.
    try (PerformClient client = TestServers.client(server)) {
      assertThatThrownBy(() -> client.goals().list(0)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> client.goals().list(-5)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> client.goals().listPage(0, 0)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> client.goals().listPageAsync(1, -1)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> client.goals().listPageAsync(0, 0)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> client.checkins().list(CheckinQuery.all(), 0)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> client.checkins().listPage(CheckinQuery.all(), 0, 0)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> client.checkins().listPageAsync(CheckinQuery.all(), 1, -1))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void largePageSizesAreSentAsGiven() throws Exception {
    server.enqueue(json(goalPage(0, null)));
    try (PerformClient client = TestServers.client(server)) {
      assertThat(client.goals().list(10_000)).isEmpty();
    }
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v2/goals/?limit=10000&offset=0");
  }

  @Test
  void aNextLinkToAnotherHostIsNotFollowedAndTheListingGoesOnByOffset() throws Exception {
    server.enqueue(json(goalPage(4, foreign.url("/api/v2/goals/?limit=2&offset=2").toString(), "580:1", "580:2")));
    server.enqueue(json(goalPage(4, foreign.url("/api/v2/goals/?limit=2&offset=4").toString(), "580:3", "580:4")));
    try (PerformClient client = TestServers.client(server)) {
      assertThat(ids(client.goals().list(2))).containsExactly("580:1", "580:2", "580:3", "580:4");
    }
    assertThat(foreign.getRequestCount()).isZero();
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v2/goals/?limit=2&offset=0");
    RecordedRequest second = server.takeRequest();
    assertThat(second.getTarget()).isEqualTo("/api/v2/goals/?limit=2&offset=2");
    assertThat(second.getHeaders().get("Authorization")).isEqualTo(BASIC_AUTH);
  }

  @Test
  void aNextLinkWithAnotherSchemeAsBehindATlsProxyIsNotFollowed() throws Exception {
    // A proxy that ends TLS makes the server write links with the scheme it saw: another origin.
    String otherScheme = server.url("/api/v2/goals/?limit=2&offset=2").newBuilder().scheme("https").build().toString();
    server.enqueue(json(goalPage(3, otherScheme, "580:1", "580:2")));
    server.enqueue(json(goalPage(3, null, "580:3")));
    try (PerformClient client = TestServers.client(server)) {
      assertThat(ids(client.goals().list(2))).containsExactly("580:1", "580:2", "580:3");
    }
    server.takeRequest();
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v2/goals/?limit=2&offset=2");
  }

  @Test
  void aNextLinkNamingTheFirstPageDoesNotDeliverItTwice() {
    server.enqueue(json(goalPage(4, link("/api/v2/goals/?limit=2"), "580:1", "580:2")));
    server.enqueue(json(goalPage(4, link("/api/v2/goals/?limit=2"), "580:1", "580:2")));
    try (PerformClient client = TestServers.client(server)) {
      assertThat(ids(client.goals().list(2))).containsExactly("580:1", "580:2");
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void theBuildersPageCapStopsAnEndlessListingAndNamesIt() {
    for (int page = 0; page < 3; page++) {
      int offset = 2 * (page + 1);
      server.enqueue(json(goalPage(1_000_000, link("/api/v2/goals/?limit=2&offset=" + offset), "580:" + page, "580:x" + page)));
    }
    try (PerformClient client = TestServers.builder(server, new RecordingSleeper()).maxPages(3).build()) {
      List<String> seen = new ArrayList<>();
      Throwable failure = catchThrowable(() -> client.goals().list(2).forEach(goal -> seen.add(goal.apiId())));

      assertThat(failure)
          .isInstanceOfSatisfying(PageLimitExceededException.class, e -> {
            assertThat(e.listing()).isEqualTo("GET /api/v2/goals/");
            assertThat(e.pagesFetched()).isEqualTo(3);
          });
      assertThat(seen).hasSize(6);
    }
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void checkinPagesFollowTheServersNextLinkWithItsFilters() throws Exception {
    String next = link("/api/v2/checkins/?department=R%26D&limit=1&offset=1");
    server.enqueue(
        json("{\"count\":2,\"next\":\"" + next + "\",\"previous\":null,\"results\":[{\"api_id\":\"580:a\"}]}"));
    server.enqueue(
        json("{\"count\":2,\"next\":null,\"previous\":\"" + link("/api/v2/checkins/?department=R%26D&limit=1")
            + "\",\"results\":[{\"api_id\":\"580:b\"}]}"));
    List<String> ids = new ArrayList<>();
    try (PerformClient client = TestServers.client(server)) {
      for (Checkin checkin : client.checkins().list(CheckinQuery.builder().department("R&D").build(), 1)) {
        ids.add(checkin.apiId());
      }
    }
    assertThat(ids).containsExactly("580:a", "580:b");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v2/checkins/?department=R%26D&limit=1&offset=0");
    RecordedRequest second = server.takeRequest();
    assertThat(second.getTarget()).isEqualTo("/api/v2/checkins/?department=R%26D&limit=1&offset=1");
    assertThat(second.getHeaders().get("Authorization")).isEqualTo(BASIC_AUTH);
  }
}
