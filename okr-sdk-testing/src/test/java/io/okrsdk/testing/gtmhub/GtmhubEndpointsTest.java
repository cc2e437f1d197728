package io.okrsdk.testing.gtmhub;

import static io.okrsdk.testing.FakeGtmhubServer.ACCOUNT_ID;
import static io.okrsdk.testing.FakeGtmhubServer.CURRENT_SESSION_ID;
import static io.okrsdk.testing.FakeGtmhubServer.PLATFORM_TEAM_ID;
import static io.okrsdk.testing.FakeGtmhubServer.REVIEWER_ID;
import static io.okrsdk.testing.FakeGtmhubServer.SEEDED_APPROVED_GOAL_ID;
import static io.okrsdk.testing.FakeGtmhubServer.SEEDED_DRAFT_GOAL_ID;
import static io.okrsdk.testing.FakeGtmhubServer.SEEDED_GOAL_COUNT;
import static io.okrsdk.testing.FakeGtmhubServer.SEEDED_IN_REVIEW_GOAL_ID;
import static io.okrsdk.testing.FakeGtmhubServer.USER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.NotFoundException;
import io.okrsdk.gtmhub.GtmhubClient;
import io.okrsdk.gtmhub.model.AssigneeType;
import io.okrsdk.gtmhub.model.CreatedGoals;
import io.okrsdk.gtmhub.model.Goal;
import io.okrsdk.gtmhub.model.GoalConfidence;
import io.okrsdk.gtmhub.model.GoalGroup;
import io.okrsdk.gtmhub.model.GoalList;
import io.okrsdk.gtmhub.model.GoalPatch;
import io.okrsdk.gtmhub.model.GoalRequest;
import io.okrsdk.gtmhub.model.Tag;
import io.okrsdk.gtmhub.model.WorkflowAction;
import io.okrsdk.gtmhub.model.WorkflowActionType;
import io.okrsdk.gtmhub.query.ListQuery;
import io.okrsdk.gtmhub.query.GroupByQuery;
import io.okrsdk.testing.FakeGtmhubServer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every one of the 17 endpoints, called by the real client against a fresh fake per test. */
class GtmhubEndpointsTest {
  @RegisterExtension final FakeGtmhubServer gtmhub = new FakeGtmhubServer();

  @Test
  void listsTheSeededGoalsInAnEnvelope(GtmhubClient client) {
    GoalList page = client.goals().listPage(ListQuery.all(), 0, 100);

    assertThat(page.totalCount()).hasValue((long) SEEDED_GOAL_COUNT);
    assertThat(page.items()).hasSize(SEEDED_GOAL_COUNT);
    Goal first = page.items().get(0);
    assertThat(first.id()).isEqualTo(SEEDED_APPROVED_GOAL_ID);
    assertThat(first.accountId()).hasValue(ACCOUNT_ID);
    assertThat(first.name()).hasValue("Grow annual recurring revenue to $12M");
    assertThat(first.ownerIds()).containsExactly(USER_ID, FakeGtmhubServer.SALES_TEAM_ID);
    assertThat(first.attainment()).hasValueSatisfying(a -> assertThat(a).isBetween(0.0, 1.0));
    assertThat(first.dateCreated()).isPresent();
    assertThat(first.parentGoalId()).isEmpty();
    assertThat(first.tags()).extracting(Tag::title).containsExactly("revenue", "company");
    assertThat(first.assignee()).hasValueSatisfying(a -> assertThat(a.id()).hasValue(USER_ID));
    assertThat(first.metrics()).as("lists leave metrics out").isEmpty();
    assertThat(first.links()).hasValueSatisfying(links -> assertThat(links.expanded()).isEmpty());
  }

  @Test
  void groupsGoalsByOwner(GtmhubClient client) {
    List<GoalGroup> groups = client.goals().groupByOwners(GroupByQuery.all()).toList();

    GoalGroup platform = groups.stream().filter(g -> g.id().equals(java.util.Optional.of(PLATFORM_TEAM_ID)))
        .findFirst().orElseThrow();
    assertThat(platform.name()).hasValue("Platform Engineering");
    assertThat(platform.type()).hasValueSatisfying(type -> assertThat(type.is(AssigneeType.TEAM)).isTrue());
    assertThat(platform.goals()).extracting(Goal::id).containsExactly(SEEDED_IN_REVIEW_GOAL_ID);
    assertThat(platform.goals().get(0).metrics()).isEmpty();
    assertThat(groups.stream().mapToInt(g -> g.goals().size()).sum()).isEqualTo(SEEDED_GOAL_COUNT + 1);
  }

  @Test
  void groupsGoalsInReviewByReviewer(GtmhubClient client) {
    List<GoalGroup> groups = client.goals().groupByReviewers(GroupByQuery.all()).toList();

    assertThat(groups).extracting(g -> g.id().orElseThrow()).containsExactlyInAnyOrder(USER_ID, REVIEWER_ID);
    GoalGroup mine = groups.stream().filter(g -> g.id().orElseThrow().equals(USER_ID)).findFirst().orElseThrow();
    assertThat(mine.email()).hasValue("dana.whitfield@example.com");
    assertThat(mine.goals()).extracting(Goal::id).containsExactly(SEEDED_IN_REVIEW_GOAL_ID);
  }

  @Test
  void findsGoalsByMetricOwner(GtmhubClient client) {
    GoalList goals = client.goals().listByMetricOwner(REVIEWER_ID);

    assertThat(goals.items()).extracting(Goal::id).contains(SEEDED_DRAFT_GOAL_ID);
    assertThat(goals.totalCount()).hasValue((long) goals.items().size());
    assertThat(goals.items()).allSatisfy(goal ->
        assertThat(goal.metrics()).anySatisfy(metric -> assertThat(metric.ownerIds()).contains(REVIEWER_ID)));
    assertThat(client.goals().listByMetricOwner("64b7f3a2c9e1d40001a7ffff").items()).isEmpty();
  }

  @Test
  void getsOneGoalWithItsMetrics(GtmhubClient client) {
    Goal goal = client.goals().get(SEEDED_APPROVED_GOAL_ID);

    assertThat(goal.metrics()).hasSize(3);
    assertThat(goal.metrics().get(0).name()).hasValue("Close $3M of new business in EMEA");
    assertThat(goal.metrics().get(0).goalId()).hasValue(SEEDED_APPROVED_GOAL_ID);
    assertThat(goal.metrics().get(0).dueDateIfSet()).isEmpty();
    assertThat(goal.metrics().get(0).confidence()).isPresent();
    assertThat(goal.description()).hasValueSatisfying(d -> assertThat(d).contains("@[Dana Whitfield:"));
    assertThatThrownBy(() -> client.goals().get("64b7f3a2c9e1d40001a7ffff")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void readsWorkflowActions(GtmhubClient client) {
    List<WorkflowAction> actions = client.goals().workflowActions(SEEDED_APPROVED_GOAL_ID).items();

    assertThat(actions).extracting(a -> a.action().orElseThrow().known().orElseThrow())
        .containsExactly(WorkflowActionType.REVIEW, WorkflowActionType.APPROVE);
    assertThat(actions.get(1).userId()).hasValue(REVIEWER_ID);
    assertThat(actions.get(1).comment()).hasValue("Ambitious and measurable.");
    assertThat(actions).allSatisfy(a -> assertThat(a.goalId()).hasValue(SEEDED_APPROVED_GOAL_ID));
  }

  @Test
  void createsAGoalWithANewId(GtmhubClient client) {
    Goal created = client.goals().create(GoalRequest.builder()
        .name("Open an office in Lisbon")
        .sessionId(CURRENT_SESSION_ID)
        .description("Scouting by @[Samir Haddad:samir.haddad@example.com:" + REVIEWER_ID + "]")
        .tags(List.of(Tag.of("expansion")))
        .dateFrom(OffsetDateTime.of(2030, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC))
        .dateTo(OffsetDateTime.of(2030, 3, 31, 0, 0, 0, 0, ZoneOffset.UTC))
        .build());

    assertThat(created.id()).matches("[0-9a-f]{24}");
    assertThat(created.accountId()).hasValue(ACCOUNT_ID);
    assertThat(created.ownerIds()).containsExactly(USER_ID);
    assertThat(created.dateFrom()).hasValue(OffsetDateTime.of(2030, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
    assertThat(created.tags()).singleElement().satisfies(tag -> assertThat(tag.id()).isPresent());
    assertThat(gtmhub.goalCount()).isEqualTo(SEEDED_GOAL_COUNT + 1);
    assertThat(gtmhub.workflowStatus(created.id())).hasValue(WorkflowStatus.DRAFT);
    assertThat(client.goals().get(created.id()).name()).hasValue("Open an office in Lisbon");
  }

  @Test
  void createsSeveralGoalsAtOnce(GtmhubClient client) {
    CreatedGoals created = client.goals().createAll(List.of(
        GoalRequest.builder().name("First").sessionId(CURRENT_SESSION_ID).build(),
        GoalRequest.builder().name("Second").sessionId(CURRENT_SESSION_ID).parentId(SEEDED_DRAFT_GOAL_ID).build()));

    assertThat(created.items()).extracting(g -> g.name().orElseThrow()).containsExactly("First", "Second");
    assertThat(created.items().stream().map(g -> g.id()).collect(Collectors.toSet())).hasSize(2);
    assertThat(created.totalCount()).hasValue(2L);
    assertThat(client.goals().get(created.items().get(1).id()).parentGoalId()).hasValue(SEEDED_DRAFT_GOAL_ID);
  }

  @Test
  void reviewsAndApproves(GtmhubClient client) {
    client.goals().requestReview(SEEDED_DRAFT_GOAL_ID, List.of(USER_ID));
    assertThat(gtmhub.workflowStatus(SEEDED_DRAFT_GOAL_ID)).hasValue(WorkflowStatus.IN_REVIEW);
    assertThat(gtmhub.store().reviewers(SEEDED_DRAFT_GOAL_ID)).containsExactly(USER_ID);

    client.goals().approve(SEEDED_DRAFT_GOAL_ID, "Clear targets");

    assertThat(gtmhub.workflowStatus(SEEDED_DRAFT_GOAL_ID)).hasValue(WorkflowStatus.APPROVED);
  }

  @Test
  void declinesBackToDraft(GtmhubClient client) {
    client.goals().decline(SEEDED_IN_REVIEW_GOAL_ID, "Too vague");

    assertThat(gtmhub.workflowStatus(SEEDED_IN_REVIEW_GOAL_ID)).hasValue(WorkflowStatus.DRAFT);
    assertThat(client.goals().workflowActions(SEEDED_IN_REVIEW_GOAL_ID).items())
        .last().satisfies(a -> {
          assertThat(a.action().orElseThrow().is(WorkflowActionType.DECLINE)).isTrue();
          assertThat(a.comment()).hasValue("Too vague");
          assertThat(a.userId()).hasValue(USER_ID);
        });
  }

  @Test
  void withdrawsAnApprovedGoal(GtmhubClient client) {
    client.goals().withdraw(SEEDED_APPROVED_GOAL_ID);

    assertThat(gtmhub.workflowStatus(SEEDED_APPROVED_GOAL_ID)).hasValue(WorkflowStatus.DRAFT);
  }

  @Test
  @SuppressWarnings("deprecation")
  void replacesAWholeGoal(GtmhubClient client) {
    Goal replaced = client.goals().replace(SEEDED_DRAFT_GOAL_ID,
        GoalRequest.builder().name("Answer every ticket within a day").sessionId(CURRENT_SESSION_ID).build());

    assertThat(replaced.name()).hasValue("Answer every ticket within a day");
    assertThat(replaced.description()).hasValue("");
    assertThat(replaced.metrics()).as("key results are not part of a PUT").hasSize(2);
    assertThat(replaced.ownerIds()).containsExactly(USER_ID);
  }

  @Test
  @SuppressWarnings("deprecation")
  void setsTheDeprecatedGoalConfidence(GtmhubClient client) {
    Goal goal = client.goals().updateConfidence(SEEDED_DRAFT_GOAL_ID,
        GoalConfidence.builder().value(0.7).reason("On track").build());

    assertThat(goal.id()).isEqualTo(SEEDED_DRAFT_GOAL_ID);
    @SuppressWarnings("unchecked")
    Map<String, Object> confidence = (Map<String, Object>) gtmhub.store().get(SEEDED_DRAFT_GOAL_ID).get("confidence");
    assertThat(confidence).containsEntry("value", 0.7).containsEntry("reason", "On track")
        .containsEntry("userId", USER_ID).containsKey("date");
  }

  @Test
  void patchesOnlyTheFieldsSent(GtmhubClient client) {
    Goal before = client.goals().get(SEEDED_DRAFT_GOAL_ID);

    Goal after = client.goals().update(SEEDED_DRAFT_GOAL_ID, GoalPatch.builder().name("Support in minutes").build());

    assertThat(after.name()).hasValue("Support in minutes");
    assertThat(after.description()).isEqualTo(before.description());
    assertThat(after.ownerIds()).isEqualTo(before.ownerIds());
    assertThat(after.sessionId()).isEqualTo(before.sessionId());
    assertThat(after.tags()).isEqualTo(before.tags());
    assertThat(after.dateFrom()).isEqualTo(before.dateFrom());
    assertThat(after.metrics()).isEqualTo(before.metrics());
    assertThat(client.goals().get(SEEDED_DRAFT_GOAL_ID).name()).hasValue("Support in minutes");
  }

  @Test
  void deletesAGoal(GtmhubClient client) {
    client.goals().delete(SEEDED_DRAFT_GOAL_ID);

    assertThat(gtmhub.store().contains(SEEDED_DRAFT_GOAL_ID)).isFalse();
    assertThat(gtmhub.goalCount()).isEqualTo(SEEDED_GOAL_COUNT - 1);
    assertThatThrownBy(() -> client.goals().get(SEEDED_DRAFT_GOAL_ID)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> client.goals().delete(SEEDED_DRAFT_GOAL_ID)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void deletesSeveralGoals(GtmhubClient client) {
    client.goals().deleteAll(List.of(SEEDED_DRAFT_GOAL_ID, SEEDED_IN_REVIEW_GOAL_ID));

    assertThat(gtmhub.goalCount()).isEqualTo(SEEDED_GOAL_COUNT - 2);
    assertThat(gtmhub.store().ids()).doesNotContain(SEEDED_DRAFT_GOAL_ID, SEEDED_IN_REVIEW_GOAL_ID);
  }

  @Test
  void bulkDeleteWithAnUnknownIdDeletesNothing(GtmhubClient client) {
    assertThatThrownBy(() -> client.goals().deleteAll(List.of(SEEDED_DRAFT_GOAL_ID, "64b7f3a2c9e1d40001a7ffff")))
        .isInstanceOf(NotFoundException.class);

    assertThat(gtmhub.goalCount()).isEqualTo(SEEDED_GOAL_COUNT);
  }
}
