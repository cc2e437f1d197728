package io.okrsdk.testing.gtmhub;

import static io.okrsdk.testing.FakeGtmhubServer.CURRENT_SESSION_ID;
import static io.okrsdk.testing.FakeGtmhubServer.NEXT_SESSION_ID;
import static io.okrsdk.testing.FakeGtmhubServer.PAST_SESSION_ID;
import static io.okrsdk.testing.FakeGtmhubServer.REVIEWER_ID;
import static io.okrsdk.testing.FakeGtmhubServer.SEEDED_APPROVED_GOAL_ID;
import static io.okrsdk.testing.FakeGtmhubServer.SEEDED_DRAFT_GOAL_ID;
import static io.okrsdk.testing.FakeGtmhubServer.USER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.BadRequestException;
import io.okrsdk.gtmhub.GtmhubClient;
import io.okrsdk.gtmhub.model.Goal;
import io.okrsdk.gtmhub.model.GoalGroup;
import io.okrsdk.gtmhub.query.AttainmentCondition;
import io.okrsdk.gtmhub.query.DeadlineFilter;
import io.okrsdk.gtmhub.query.Fields;
import io.okrsdk.gtmhub.query.Filter;
import io.okrsdk.gtmhub.query.Formatting;
import io.okrsdk.gtmhub.query.ListQuery;
import io.okrsdk.gtmhub.query.ImmutableListQuery;
import io.okrsdk.gtmhub.query.GroupByQuery;
import io.okrsdk.gtmhub.query.Sort;
import io.okrsdk.testing.FakeGtmhubServer;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The list's filter, sort, fields and formatting, and the grouped-by conditions. */
class GtmhubQueryTest {
  /** Shared: these tests only read. */
  @RegisterExtension static final FakeGtmhubServer GTMHUB = new FakeGtmhubServer().withGeneratedGoals(300);

  private static List<Goal> list(GtmhubClient client, ImmutableListQuery.Builder query) {
    return client.goals().list(query.build()).toList();
  }

  @Test
  void filtersByEquality(GtmhubClient client) {
    List<Goal> goals = list(client, ListQuery.builder().filter(Filter.eq("sessionId", PAST_SESSION_ID)));

    assertThat(goals).isNotEmpty().allSatisfy(goal -> assertThat(goal.sessionId()).hasValue(PAST_SESSION_ID));
    assertThat(goals).extracting(Goal::name).contains(Optional.of("Hire and onboard 12 engineers"));
  }

  @Test
  void equalityOnAnArrayMatchesAnElement(GtmhubClient client) {
    List<Goal> goals = list(client, ListQuery.builder().filter(Filter.eq("ownerIds", USER_ID)));

    assertThat(goals).isNotEmpty().allSatisfy(goal -> assertThat(goal.ownerIds()).contains(USER_ID));
  }

  @Test
  void filtersWithIn(GtmhubClient client) {
    List<Goal> goals = list(client, ListQuery.builder().filter(Filter.in("sessionId", PAST_SESSION_ID, NEXT_SESSION_ID)));

    assertThat(goals).isNotEmpty()
        .allSatisfy(goal -> assertThat(goal.sessionId().orElseThrow()).isIn(PAST_SESSION_ID, NEXT_SESSION_ID));
    assertThat(goals).extracting(Goal::sessionId).doesNotContain(Optional.of(CURRENT_SESSION_ID));
  }

  @Test
  void filtersWithTheVendorsRawExamples(GtmhubClient client) {
    assertThat(list(client, ListQuery.builder().filter(Filter.raw("{\"name\":{$regex:\".*NPS.*\"}}"))))
        .extracting(goal -> goal.name().orElseThrow()).containsExactly("Raise NPS above 50");
    assertThat(list(client, ListQuery.builder()
            .filter(Filter.raw("{name: {$in: [\"Raise NPS above 50\", \"Cut cloud spend by 20%\"]}}"))))
        .hasSize(2);
  }

  @Test
  void filtersByRegexAndById(GtmhubClient client) {
    assertThat(list(client, ListQuery.builder().filter(Filter.regex("name", "^Grow .*#0000[1-9]$"))))
        .extracting(goal -> goal.name().orElseThrow())
        .allSatisfy(name -> assertThat(name).startsWith("Grow").contains("#0000"))
        .isNotEmpty();
    assertThat(list(client, ListQuery.builder().filter(Filter.id(SEEDED_DRAFT_GOAL_ID))))
        .extracting(Goal::id).containsExactly(SEEDED_DRAFT_GOAL_ID);
  }

  @Test
  void combinesComparisonsAndNestedPaths(GtmhubClient client) {
    List<Goal> goals = list(client, ListQuery.builder()
        .filter(Filter.gte("attainment", 0.5).and(Filter.eq("tags.title", "generated")))
        .fields(Fields.of("attainment", "tags")));

    assertThat(goals).isNotEmpty().allSatisfy(goal -> {
      assertThat(goal.attainment().orElseThrow()).isGreaterThanOrEqualTo(0.5);
      assertThat(goal.tags()).extracting(tag -> tag.title()).contains("generated");
    });
    List<Goal> either = list(client, ListQuery.builder()
        .filter(Filter.id(SEEDED_DRAFT_GOAL_ID).or(Filter.id(SEEDED_APPROVED_GOAL_ID))));
    assertThat(either).extracting(Goal::id).containsExactly(SEEDED_APPROVED_GOAL_ID, SEEDED_DRAFT_GOAL_ID);
  }

  @Test
  void sortsAscendingDescendingAndByTwoKeys(GtmhubClient client) {
    List<Goal> byName = list(client, ListQuery.builder().sort(Sort.ascending("name")).fields(Fields.of("name")));
    assertThat(byName).extracting(goal -> goal.name().orElseThrow()).isSorted();

    List<Goal> byAttainment = list(client, ListQuery.builder()
        .sort(Sort.descending("attainment").thenAscending("name"))
        .fields(Fields.of("name", "attainment")));
    assertThat(byAttainment).isSortedAccordingTo(
        Comparator.comparing((Goal goal) -> goal.attainment().orElseThrow()).reversed()
            .thenComparing(goal -> goal.name().orElseThrow()));

    List<Goal> raw = list(client, ListQuery.builder().sort(Sort.raw("-name,dateCreated")).fields(Fields.of("name")));
    assertThat(raw).extracting(goal -> goal.name().orElseThrow()).isSortedAccordingTo(Comparator.reverseOrder());
  }

  @Test
  void projectsTopLevelFieldsAndKeepsTheId(GtmhubClient client) {
    Goal goal = client.goals().get(SEEDED_APPROVED_GOAL_ID, Fields.of("name"), null);

    assertThat(goal.id()).isEqualTo(SEEDED_APPROVED_GOAL_ID);
    assertThat(goal.accountId()).hasValue(FakeGtmhubServer.ACCOUNT_ID);
    assertThat(goal.name()).isPresent();
    assertThat(goal.description()).isEmpty();
    assertThat(goal.sessionId()).isEmpty();
    assertThat(goal.metrics()).isEmpty();
    assertThat(goal.links()).isEmpty();
  }

  @Test
  void projectsNestedMetricFieldsAndExpandedLinks(GtmhubClient client) {
    Goal goal = client.goals().get(SEEDED_APPROVED_GOAL_ID,
        Fields.of("name", "sessionId").nested("metrics", "name", "attainment").nested("links", "expanded"), null);

    assertThat(goal.metrics()).hasSize(3).allSatisfy(metric -> {
      assertThat(metric.name()).isPresent();
      assertThat(metric.attainment()).isPresent();
      assertThat(metric.id()).isEmpty();
      assertThat(metric.target()).isEmpty();
    });
    assertThat(goal.links().orElseThrow().expanded()).isPresent();
  }

  @Test
  void listsMetricsOnlyWhenAskedFor(GtmhubClient client) {
    ListQuery withMetrics = ListQuery.builder().filter(Filter.id(SEEDED_APPROVED_GOAL_ID))
        .fields(Fields.of("name").nested("metrics", "name", "attainment")).build();

    assertThat(client.goals().listPage(withMetrics, 0, 10).items().get(0).metrics()).hasSize(3);
    assertThat(client.goals().listPage(ListQuery.all(), 0, 10).items()).allSatisfy(g -> assertThat(g.metrics()).isEmpty());
  }

  @Test
  void formatsMentionsAsPlainText(GtmhubClient client) {
    Goal markup = client.goals().get(SEEDED_DRAFT_GOAL_ID, null, Formatting.MENTIONS_MARKUP);
    Goal plain = client.goals().get(SEEDED_DRAFT_GOAL_ID, null, Formatting.PLAIN_TEXT);

    assertThat(markup.description().orElseThrow()).contains("@[Samir Haddad:samir.haddad@example.com:" + REVIEWER_ID + "]");
    assertThat(plain.description().orElseThrow()).contains("@Samir Haddad").doesNotContain("@[");
    assertThat(plain.metrics().get(0).description().orElseThrow()).startsWith("Owned by @").doesNotContain("@[");
  }

  @Test
  void refusesWhatItCannotParse(GtmhubClient client) {
    assertThatThrownBy(() -> list(client, ListQuery.builder().filter(Filter.raw("{name: "))))
        .isInstanceOf(BadRequestException.class);
    assertThatThrownBy(() -> list(client, ListQuery.builder().filter(Filter.raw("{name: {$where: \"1\"}}"))))
        .isInstanceOf(BadRequestException.class).hasMessageContaining("$where");
    assertThatThrownBy(() -> list(client, ListQuery.builder().fields(Fields.raw("name,metrics{name"))))
        .isInstanceOf(BadRequestException.class);
    assertThatThrownBy(() -> list(client, ListQuery.builder().sort(Sort.raw("name,,-id"))))
        .isInstanceOf(BadRequestException.class);
  }

  @Test
  void groupsWithConditions(GtmhubClient client) {
    List<GoalGroup> current = client.goals().groupByOwners(GroupByQuery.builder()
        .filter(DeadlineFilter.CURRENT)
        .addOwnerIds(USER_ID)
        .attainment(AttainmentCondition.greaterThan(0.2))
        .includeMetrics(true)
        .sort(Sort.raw("-attainment"))
        .build()).toList();

    assertThat(current).extracting(g -> g.id().orElseThrow()).containsExactly(USER_ID);
    List<Goal> goals = current.get(0).goals();
    assertThat(goals).isNotEmpty().allSatisfy(goal -> {
      assertThat(goal.sessionId()).hasValue(CURRENT_SESSION_ID);
      assertThat(goal.attainment().orElseThrow()).isGreaterThan(0.2);
      assertThat(goal.metrics()).isNotEmpty();
    });
    assertThat(goals).isSortedAccordingTo(Comparator.comparing((Goal g) -> g.attainment().orElseThrow()).reversed());

    List<GoalGroup> byMetricOwner = client.goals().groupByOwners(GroupByQuery.builder()
        .addMetricOwnerIds(REVIEWER_ID).addIds(SEEDED_DRAFT_GOAL_ID, SEEDED_APPROVED_GOAL_ID).build()).toList();
    assertThat(byMetricOwner).flatExtracting(GoalGroup::goals).extracting(Goal::id).containsOnly(SEEDED_DRAFT_GOAL_ID);
  }

  @Test
  void pagesGroupsWithSkipAndTake(GtmhubClient client) {
    List<GoalGroup> all = client.goals().groupByOwners(GroupByQuery.all()).toList();
    var page = client.goals().groupByOwnersPage(GroupByQuery.all(), 2, 3);

    assertThat(page.totalCount()).hasValue((long) all.size());
    assertThat(page.items()).extracting(GoalGroup::id)
        .containsExactlyElementsOf(all.subList(2, 5).stream().map(GoalGroup::id).collect(Collectors.toList()));
    assertThat(client.goals().groupByOwners(GroupByQuery.builder().pageSize(2).build()).toList())
        .extracting(GoalGroup::id).containsExactlyElementsOf(all.stream().map(GoalGroup::id).collect(Collectors.toList()));
  }
}
