package io.okrsdk.testing.gtmhub;

import io.okrsdk.gtmhub.query.Sort;
import static io.okrsdk.testing.FakeGtmhubServer.SEEDED_GOAL_COUNT;
import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.gtmhub.GtmhubClient;
import io.okrsdk.gtmhub.model.Goal;
import io.okrsdk.gtmhub.model.GoalList;
import io.okrsdk.gtmhub.query.Fields;
import io.okrsdk.gtmhub.query.Filter;
import io.okrsdk.gtmhub.query.ListQuery;
import io.okrsdk.testing.FakeGtmhubServer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Paging through 10,000 generated goals with skip and limit. */
class GtmhubPagingTest {
  private static final int GENERATED = 10_000;

  @RegisterExtension static final FakeGtmhubServer GTMHUB = new FakeGtmhubServer().withGeneratedGoals(GENERATED);

  @Test
  void pagesThroughEveryGoalOnceWithTheDefaultPageSize(GtmhubClient client) {
    int before = GTMHUB.requestCount();
    Set<String> ids = new HashSet<>();
    int seen = 0;
    for (Goal goal : client.goals().list(ListQuery.builder().fields(Fields.of("name")).build())) {
      ids.add(goal.id());
      seen++;
    }

    assertThat(seen).isEqualTo(GENERATED + SEEDED_GOAL_COUNT);
    assertThat(ids).hasSize(GENERATED + SEEDED_GOAL_COUNT).containsExactlyInAnyOrderElementsOf(GTMHUB.store().ids());
    int pages = (GENERATED + SEEDED_GOAL_COUNT + 99) / 100;
    assertThat(GTMHUB.requestCount() - before).isEqualTo(pages);
  }

  @Test
  void pagesAFilteredAndSortedListing(GtmhubClient client) {
    ListQuery query = ListQuery.builder()
        .filter(Filter.eq("tags.title", "generated").and(Filter.regex("name", "^Launch ")))
        .sort(Sort.raw("-name"))
        .fields(Fields.of("name"))
        .pageSize(250)
        .build();

    List<String> names = client.goals().list(query).stream().map(g -> g.name().orElseThrow()).collect(Collectors.toList());

    assertThat(names).hasSize(GENERATED / 10).allSatisfy(name -> assertThat(name).startsWith("Launch "));
    assertThat(names).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(new HashSet<>(names)).hasSize(names.size());
  }

  @Test
  void reportsTheTotalOnEveryPageAndAnEmptyPagePastTheEnd(GtmhubClient client) {
    GoalList page = client.goals().listPage(ListQuery.all(), 9_990, 50);
    GoalList past = client.goals().listPage(ListQuery.all(), 20_000, 50);

    assertThat(page.totalCount()).hasValue((long) GENERATED + SEEDED_GOAL_COUNT);
    assertThat(page.items()).hasSize(GENERATED + SEEDED_GOAL_COUNT - 9_990);
    assertThat(past.items()).isEmpty();
    assertThat(past.totalCount()).hasValue((long) GENERATED + SEEDED_GOAL_COUNT);
  }

  @Test
  void stopsAtALimit(GtmhubClient client) {
    int before = GTMHUB.requestCount();

    List<Goal> first = client.goals().list(ListQuery.builder().pageSize(40).build()).limit(100).toList();

    assertThat(first).hasSize(100);
    assertThat(GTMHUB.requestCount() - before).isEqualTo(3);
  }
}
