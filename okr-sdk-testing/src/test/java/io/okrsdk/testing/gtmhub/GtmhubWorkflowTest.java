package io.okrsdk.testing.gtmhub;

import static io.okrsdk.testing.FakeGtmhubServer.CURRENT_SESSION_ID;
import static io.okrsdk.testing.FakeGtmhubServer.REVIEWER_ID;
import static io.okrsdk.testing.FakeGtmhubServer.SEEDED_APPROVED_GOAL_ID;
import static io.okrsdk.testing.FakeGtmhubServer.SEEDED_DRAFT_GOAL_ID;
import static io.okrsdk.testing.FakeGtmhubServer.SEEDED_IN_REVIEW_GOAL_ID;
import static io.okrsdk.testing.FakeGtmhubServer.USER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.BadRequestException;
import io.okrsdk.core.ConflictException;
import io.okrsdk.core.LockedException;
import io.okrsdk.core.NotFoundException;
import io.okrsdk.gtmhub.GtmhubClient;
import io.okrsdk.gtmhub.model.Goal;
import io.okrsdk.gtmhub.model.GoalConfidence;
import io.okrsdk.gtmhub.model.GoalPatch;
import io.okrsdk.gtmhub.model.GoalRequest;
import io.okrsdk.gtmhub.model.WorkflowAction;
import io.okrsdk.gtmhub.model.WorkflowActionType;
import io.okrsdk.testing.FakeGtmhubServer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/** The approval workflow's state changes, its lock (423), conflicts (409) and 404s. */
class GtmhubWorkflowTest {
  private static final String UNKNOWN = "64b7f3a2c9e1d40001a7ffff";

  @RegisterExtension final FakeGtmhubServer gtmhub = new FakeGtmhubServer();

  private static GoalPatch rename(String name) {
    return GoalPatch.builder().name(name).build();
  }

  @Test
  void walksAGoalThroughReviewApprovalAndWithdrawal(GtmhubClient client) {
    Goal goal = client.goals().create(GoalRequest.builder().name("Win 3 lighthouse customers").sessionId(CURRENT_SESSION_ID).build());
    String id = goal.id();
    assertThat(gtmhub.workflowStatus(id)).hasValue(WorkflowStatus.DRAFT);
    assertThat(client.goals().workflowActions(id).items()).isEmpty();

    client.goals().requestReview(id, List.of(USER_ID, REVIEWER_ID));
    assertThat(gtmhub.workflowStatus(id)).hasValue(WorkflowStatus.IN_REVIEW);
    assertThatThrownBy(() -> client.goals().update(id, rename("Edited in review"))).isInstanceOf(LockedException.class);

    client.goals().approve(id, "Good scope");
    assertThat(gtmhub.workflowStatus(id)).hasValue(WorkflowStatus.APPROVED);
    assertThatThrownBy(() -> client.goals().update(id, rename("Edited after approval")))
        .isInstanceOfSatisfying(LockedException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(423);
          assertThat(e.errorBody()).contains("item is locked");
        });
    assertThat(client.goals().get(id).name()).hasValue("Win 3 lighthouse customers");

    client.goals().withdraw(id);
    assertThat(gtmhub.workflowStatus(id)).hasValue(WorkflowStatus.DRAFT);
    assertThat(client.goals().update(id, rename("Win 4 lighthouse customers")).name()).hasValue("Win 4 lighthouse customers");

    List<WorkflowAction> actions = client.goals().workflowActions(id).items();
    assertThat(actions).extracting(a -> a.action().orElseThrow().known().orElseThrow())
        .containsExactly(WorkflowActionType.REVIEW, WorkflowActionType.APPROVE, WorkflowActionType.WITHDRAW);
    assertThat(actions).allSatisfy(a -> {
      assertThat(a.id()).isPresent();
      assertThat(a.userId()).hasValue(USER_ID);
      assertThat(a.date()).isPresent();
    });
    assertThat(actions.get(1).comment()).hasValue("Good scope");
  }

  @Test
  @SuppressWarnings("deprecation")
  void anApprovedGoalRefusesPutToo(GtmhubClient client) {
    assertThatThrownBy(() -> client.goals().replace(SEEDED_APPROVED_GOAL_ID,
            GoalRequest.builder().name("x").sessionId(CURRENT_SESSION_ID).build()))
        .isInstanceOf(LockedException.class);
    assertThat(client.goals().updateConfidence(SEEDED_APPROVED_GOAL_ID, GoalConfidence.builder().value(0.4).build()).id())
        .as("confidence is not a goal edit the doc locks")
        .isEqualTo(SEEDED_APPROVED_GOAL_ID);
  }

  @Test
  void aSecondReviewConflicts(GtmhubClient client) {
    assertThatThrownBy(() -> client.goals().requestReview(SEEDED_IN_REVIEW_GOAL_ID, List.of(REVIEWER_ID)))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> client.goals().requestReview(SEEDED_APPROVED_GOAL_ID, List.of(REVIEWER_ID)))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.statusCode()).isEqualTo(409));
    assertThat(gtmhub.store().reviewers(SEEDED_IN_REVIEW_GOAL_ID)).containsExactly(USER_ID);
  }

  @Test
  void onlyASelectedReviewerApprovesOrDeclines(GtmhubClient client) {
    client.goals().requestReview(SEEDED_DRAFT_GOAL_ID, List.of(REVIEWER_ID));

    assertThatThrownBy(() -> client.goals().approve(SEEDED_DRAFT_GOAL_ID, "mine"))
        .isInstanceOf(BadRequestException.class).hasMessageContaining("reviewer");
    assertThatThrownBy(() -> client.goals().decline(SEEDED_DRAFT_GOAL_ID, "mine"))
        .isInstanceOf(BadRequestException.class);
    assertThat(gtmhub.workflowStatus(SEEDED_DRAFT_GOAL_ID)).hasValue(WorkflowStatus.IN_REVIEW);
  }

  @Test
  void refusesTransitionsFromTheWrongState(GtmhubClient client) {
    assertThatThrownBy(() -> client.goals().approve(SEEDED_DRAFT_GOAL_ID, "")).isInstanceOf(BadRequestException.class);
    assertThatThrownBy(() -> client.goals().withdraw(SEEDED_DRAFT_GOAL_ID)).isInstanceOf(BadRequestException.class);
    assertThatThrownBy(() -> client.goals().requestReview(SEEDED_DRAFT_GOAL_ID, List.of(UNKNOWN)))
        .isInstanceOf(BadRequestException.class).hasMessageContaining("nonExistingReview");
    assertThat(gtmhub.workflowStatus(SEEDED_DRAFT_GOAL_ID)).hasValue(WorkflowStatus.DRAFT);
  }

  @Test
  void onlyAnOwnerWithdraws(GtmhubClient client) {
    // The support team's goal in review is owned by a team the calling user is not in.
    assertThatThrownBy(() -> client.goals().withdraw("64b7f3a2c9e1d40001a7a007"))
        .isInstanceOf(BadRequestException.class).hasMessageContaining("owners");
    // The sales team's member may withdraw its approved goal.
    client.goals().withdraw(SEEDED_APPROVED_GOAL_ID);
  }

  @Test
  void declineReturnsToDraftAndUnlocks(GtmhubClient client) {
    client.goals().decline(SEEDED_IN_REVIEW_GOAL_ID, "Needs numbers");

    assertThat(client.goals().update(SEEDED_IN_REVIEW_GOAL_ID, rename("Ship onboarding v2")).name())
        .hasValue("Ship onboarding v2");
    assertThat(gtmhub.store().reviewers(SEEDED_IN_REVIEW_GOAL_ID)).isEmpty();
  }

  @Test
  @SuppressWarnings("deprecation")
  void everyGoalEndpointAnswers404ForAnUnknownGoal(GtmhubClient client) {
    List<Executable> calls = List.of(
        () -> client.goals().get(UNKNOWN),
        () -> client.goals().workflowActions(UNKNOWN),
        () -> client.goals().approve(UNKNOWN, ""),
        () -> client.goals().decline(UNKNOWN, ""),
        () -> client.goals().requestReview(UNKNOWN, List.of(USER_ID)),
        () -> client.goals().withdraw(UNKNOWN),
        () -> client.goals().replace(UNKNOWN, GoalRequest.builder().name("x").sessionId(CURRENT_SESSION_ID).build()),
        () -> client.goals().updateConfidence(UNKNOWN, GoalConfidence.builder().value(0.5).build()),
        () -> client.goals().update(UNKNOWN, rename("x")),
        () -> client.goals().delete(UNKNOWN),
        () -> client.goals().deleteAll(List.of(UNKNOWN)));

    for (Executable call : calls) {
      assertThatThrownBy(call::execute).isInstanceOf(NotFoundException.class);
    }
  }

  @Test
  void refusesInvalidWrites(GtmhubClient client) {
    assertThatThrownBy(() -> client.goals().create(GoalRequest.builder().name(" ").sessionId(CURRENT_SESSION_ID).build()))
        .isInstanceOf(BadRequestException.class).hasMessageContaining("name");
    assertThatThrownBy(() -> client.goals().create(
            GoalRequest.builder().name("Orphan").sessionId(CURRENT_SESSION_ID).parentId(UNKNOWN).build()))
        .isInstanceOf(BadRequestException.class).hasMessageContaining("parent");
    assertThatThrownBy(() -> client.goals().createAll(List.of(
            GoalRequest.builder().name("Fine").sessionId(CURRENT_SESSION_ID).build(),
            GoalRequest.builder().name("").sessionId(CURRENT_SESSION_ID).build())))
        .isInstanceOf(BadRequestException.class);
    assertThat(gtmhub.goalCount()).as("a refused bulk create creates nothing").isEqualTo(FakeGtmhubServer.SEEDED_GOAL_COUNT);
  }
}
