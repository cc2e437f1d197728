package io.okrsdk.testing.fakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.BadRequestException;
import io.okrsdk.gtmhub.GtmhubClient;
import io.okrsdk.gtmhub.model.Assignee;
import io.okrsdk.gtmhub.model.Goal;
import io.okrsdk.gtmhub.model.GoalPatch;
import io.okrsdk.gtmhub.model.GoalRequest;
import io.okrsdk.gtmhub.model.Tag;
import io.okrsdk.testing.FakeGtmhubServer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Gtmhub fake honours a patch's explicit nulls: a cleared field reads back as cleared. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class GtmhubExplicitNullsTest {
  @RegisterExtension final FakeGtmhubServer gtmhub = new FakeGtmhubServer();

  private Goal childWithEverything(GtmhubClient client) {
    return client.goals().create(
        GoalRequest.builder()
            .name("Child")
            .sessionId(FakeGtmhubServer.CURRENT_SESSION_ID)
            .description("to be cleared")
            .parentId(FakeGtmhubServer.SEEDED_APPROVED_GOAL_ID)
            .tags(List.of(Tag.of("q3")))
            .customFields(Map.of("region", "EMEA", "budget", 1000))
            .assignee(Assignee.builder().id(FakeGtmhubServer.USER_ID).build())
            .build());
  }

  @Test
  void clearedFieldsAndCustomFieldEntriesReadBackAsCleared(GtmhubClient client) {
    Goal goal = childWithEverything(client);

    Goal patched = client.goals().update(
        goal.id(),
        GoalPatch.builder()
            .clearDescription()
            .clearParentId()
            .clearTags()
            .clearAssignee()
            .clearCustomField("budget")
            .build());
    Goal read = client.goals().get(goal.id());

    for (Goal answer : List.of(patched, read)) {
      assertThat(answer.description()).isEmpty();
      assertThat(answer.parentGoalId()).isEmpty();
      assertThat(answer.tags()).isEmpty();
      assertThat(answer.assignee()).isEmpty();
      assertThat(answer.customFields()).containsEntry("region", "EMEA").containsEntry("budget", null).hasSize(2);
    }
  }

  @Test
  void theWireShowsTheNullsTheServiceWouldShow(GtmhubClient client) {
    Goal goal = childWithEverything(client);
    client.goals().update(goal.id(), GoalPatch.builder().clearDescription().clearCustomField("budget").build());

    try (Wire wire = new Wire(gtmhub.apiBaseUrl(), "Authorization", "Bearer " + FakeGtmhubServer.TOKEN,
        "gtmhub-accountId", FakeGtmhubServer.ACCOUNT_ID)) {
      String body = wire.get("api/v1/goals/" + goal.id()).body;
      assertThat(body).contains("\"description\":null").contains("\"budget\":null").contains("\"region\":\"EMEA\"");
    }
  }

  @Test
  void clearingAllCustomFieldsEmptiesThem(GtmhubClient client) {
    Goal goal = childWithEverything(client);

    assertThat(client.goals().update(goal.id(), GoalPatch.builder().clearCustomFields().build()).customFields()).isEmpty();
  }

  @Test
  void clearingARequiredFieldIsRefusedWith400AndChangesNothing(GtmhubClient client) {
    Goal goal = childWithEverything(client);

    for (GoalPatch patch : List.of(
        GoalPatch.builder().clearName().build(),
        GoalPatch.builder().clearSessionId().build(),
        GoalPatch.builder().clearOwnerIds().build())) {
      assertThatThrownBy(() -> client.goals().update(goal.id(), patch))
          .as("%s", patch)
          .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.statusCode()).isEqualTo(400));
    }
    assertThat(client.goals().get(goal.id()).name()).hasValue("Child");
  }
}
