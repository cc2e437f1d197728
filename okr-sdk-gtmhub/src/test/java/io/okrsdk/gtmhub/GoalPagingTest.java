package io.okrsdk.gtmhub;

import static io.okrsdk.gtmhub.TestClients.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.core.paging.Page;
import io.okrsdk.gtmhub.model.Goal;
import io.okrsdk.gtmhub.model.GoalGroup;
import io.okrsdk.gtmhub.query.Filter;
import io.okrsdk.gtmhub.query.ListQuery;
import io.okrsdk.gtmhub.query.GroupByQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Skip + limit (goals) and skip + take (grouped-by) paging, with totals and empty pages. */
class GoalPagingTest {
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
  void goalsPageWithSkipAndLimitAndStopAtATotalReachedMidPage() throws Exception {
    server.enqueue(json(200, goals(0, 2, 5)));
    server.enqueue(json(200, goals(2, 2, 5)));
    server.enqueue(json(200, goals(4, 1, 5)));
    ListQuery query = ListQuery.builder().filter(Filter.eq("sessionId", "s1")).pageSize(2).build();

    List<String> ids = client.goals().list(query).stream().map(Goal::id).collect(Collectors.toList());

    assertThat(ids).containsExactly("g0", "g1", "g2", "g3", "g4");
    assertThat(server.getRequestCount()).isEqualTo(3);
    List<String> windows = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      RecordedRequest request = server.takeRequest();
      assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v2/goals");
      assertThat(request.getUrl().queryParameter("filter")).isEqualTo("{\"sessionId\":\"s1\"}");
      windows.add(request.getUrl().queryParameter("skip") + "/" + request.getUrl().queryParameter("limit"));
    }
    assertThat(windows).containsExactly("0/2", "2/2", "4/2");
  }

  @Test
  void goalsStopWhenTheTotalIsReachedEvenIfTheServerWouldSendMore() {
    server.enqueue(json(200, goals(0, 3, 3)));

    assertThat(client.goals().list(ListQuery.builder().pageSize(3).build()).toList()).hasSize(3);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void goalsStopOnAnEmptyLastPage() {
    server.enqueue(json(200, goals(0, 2, null)));
    server.enqueue(json(200, goals(2, 2, null)));
    server.enqueue(json(200, "{\"items\":[]}"));

    List<Goal> all = client.goals().list(ListQuery.builder().pageSize(2).build()).toList();

    assertThat(all).extracting(Goal::id).containsExactly("g0", "g1", "g2", "g3");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void goalsStopOnAnEmptyPageEvenWhenTheTotalPromisedMore() {
    server.enqueue(json(200, goals(0, 2, 10)));
    server.enqueue(json(200, "{\"items\":[],\"totalCount\":10}"));

    assertThat(client.goals().list(ListQuery.builder().pageSize(2).build()).toList()).hasSize(2);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void pagesCarryTheTotalAndNothingIsFetchedBeforeIteration() {
    server.enqueue(json(200, goals(0, 2, 3)));
    server.enqueue(json(200, goals(2, 1, 3)));

    Iterable<Page<Goal>> pages = client.goals().list(ListQuery.builder().pageSize(2).build()).pages();
    assertThat(server.getRequestCount()).isZero();

    List<Page<Goal>> fetched = new ArrayList<>();
    pages.forEach(fetched::add);
    assertThat(fetched).hasSize(2);
    assertThat(fetched.get(0).totalCount()).hasValue(3);
    assertThat(fetched.get(1).items()).extracting(Goal::id).containsExactly("g2");
  }

  @Test
  void anItemCapStopsFetching() {
    server.enqueue(json(200, goals(0, 2, 100)));
    server.enqueue(json(200, goals(2, 2, 100)));

    List<Goal> firstThree = client.goals().list(ListQuery.builder().pageSize(2).build()).limit(3).toList();

    assertThat(firstThree).extracting(Goal::id).containsExactly("g0", "g1", "g2");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void groupByOwnersPagesWithSkipAndTakeUntilTheTotal() throws Exception {
    server.enqueue(json(200, groups(0, 2, 3)));
    server.enqueue(json(200, groups(2, 1, 3)));

    List<GoalGroup> all = client.goals().groupByOwners(GroupByQuery.builder().pageSize(2).build()).toList();

    assertThat(all).extracting(group -> group.id().orElseThrow()).containsExactly("u0", "u1", "u2");
    assertThat(server.getRequestCount()).isEqualTo(2);
    RecordedRequest first = server.takeRequest();
    RecordedRequest second = server.takeRequest();
    assertThat(first.getTarget()).isEqualTo("/api/v1/goals/groupBy/owners?skip=0&take=2");
    assertThat(second.getTarget()).isEqualTo("/api/v1/goals/groupBy/owners?skip=2&take=2");
  }

  @Test
  void groupByReviewersStopsOnAnEmptyLastPage() throws Exception {
    server.enqueue(json(200, groups(0, 2, null)));
    server.enqueue(json(200, "{\"items\":[]}"));

    List<GoalGroup> all = client.goals().groupByReviewers(GroupByQuery.builder().pageSize(2).build()).toList();

    assertThat(all).hasSize(2);
    assertThat(server.getRequestCount()).isEqualTo(2);
    server.takeRequest();
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v1/goals/groupBy/reviewers?skip=2&take=2");
  }

  @Test
  void withoutATotalAShortPageIsTheLast() {
    server.enqueue(json(200, groups(0, 1, null)));

    assertThat(client.goals().groupByReviewers(GroupByQuery.builder().pageSize(2).build()).toList()).hasSize(1);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  private static String goals(int from, int count, Integer total) {
    String items =
        IntStream.range(from, from + count).mapToObj(i -> "{\"id\":\"g" + i + "\"}").collect(Collectors.joining(","));
    return "{\"items\":[" + items + "]" + (total == null ? "" : ",\"totalCount\":" + total) + "}";
  }

  private static String groups(int from, int count, Integer total) {
    String items =
        IntStream.range(from, from + count)
            .mapToObj(i -> "{\"id\":\"u" + i + "\",\"goals\":[{\"id\":\"g" + i + "\"}]}")
            .collect(Collectors.joining(","));
    return "{\"items\":[" + items + "]" + (total == null ? "" : ",\"totalCount\":" + total) + "}";
  }
}
