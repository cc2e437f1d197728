package io.okrsdk.ogsm;

import static io.okrsdk.ogsm.OgsmTesting.clientFor;
import static io.okrsdk.ogsm.OgsmTesting.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.core.paging.Page;
import io.okrsdk.core.paging.PagedIterable;
import io.okrsdk.core.testsupport.RecordingSleeper;
import io.okrsdk.ogsm.model.Goal;
import io.okrsdk.ogsm.model.Strategy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bare-array listings behave as the SDK's other listings: lazy, repeatable, cappable. */
class LazyListingTest {
  private static final String THREE_GOALS =
      "[{\"id\": 1, \"title\": \"A\"}, {\"id\": 2, \"title\": \"B\"}, {\"id\": 3, \"title\": \"C\"}]";

  @StartStop final MockWebServer server = new MockWebServer();
  private OgsmClient client;

  @BeforeEach
  void setUp() {
    client = clientFor(server, new RecordingSleeper()).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @Test
  void nothingIsRequestedBeforeIteration() {
    PagedIterable<Goal> goals = client.goals().list();

    assertThat(server.getRequestCount()).isZero();

    server.enqueue(json(200, THREE_GOALS));
    assertThat(goals.iterator().hasNext()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void eachIterationRequestsTheListAfresh() {
    server.enqueue(json(200, THREE_GOALS));
    server.enqueue(json(200, "[{\"id\": 4, \"title\": \"D\"}]"));
    PagedIterable<Goal> goals = client.goals().list();

    List<String> first = new ArrayList<>();
    goals.forEach(goal -> first.add(goal.title()));
    List<String> second = goals.stream().map(Goal::title).collect(Collectors.toList());

    assertThat(first).containsExactly("A", "B", "C");
    assertThat(second).containsExactly("D");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void theWholeArrayIsOnePageAndLimitCapsItems() {
    server.enqueue(json(200, THREE_GOALS));
    server.enqueue(json(200, THREE_GOALS));

    List<Page<Goal>> pages = new ArrayList<>();
    client.goals().list().pages().forEach(pages::add);
    List<Goal> firstTwo = client.goals().list().limit(2).toList();

    assertThat(pages).singleElement().satisfies(page -> assertThat(page.items()).hasSize(3));
    assertThat(firstTwo).extracting(Goal::id).containsExactly(1L, 2L);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void emptyArrayIsAnEmptyListing() {
    server.enqueue(json(200, "[]"));

    List<Strategy> strategies = client.strategies().list().toList();

    assertThat(strategies).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void itemsComeInTheServersOrder() {
    String body =
        IntStream.rangeClosed(1, 200)
            .map(i -> 201 - i)
            .mapToObj(id -> "{\"id\": " + id + ", \"title\": \"G" + id + "\"}")
            .collect(Collectors.joining(",", "[", "]"));
    server.enqueue(json(200, body));

    List<Long> ids = client.goals().list().stream().map(Goal::id).collect(Collectors.toList());

    assertThat(ids).hasSize(200).startsWith(200L, 199L).endsWith(2L, 1L).isSortedAccordingTo(Comparator.reverseOrder());
  }
}
