package io.okrsdk.gtmhub;

import static io.okrsdk.gtmhub.TestClients.GOAL_ID;
import static io.okrsdk.gtmhub.TestClients.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.OkrDecodingException;
import io.okrsdk.gtmhub.model.CreatedGoal;
import io.okrsdk.gtmhub.model.CreatedGoals;
import io.okrsdk.gtmhub.model.Goal;
import io.okrsdk.gtmhub.model.GoalList;
import io.okrsdk.gtmhub.model.GoalRequest;
import io.okrsdk.gtmhub.model.WorkflowActionList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The vendor documents every response as {@code {}}: both readings public evidence allows are
 * accepted, in strict mode too (these are shape decisions, not tolerance). See the module README.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class UndocumentedShapesTest {
  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void envelopesAlsoArriveAsBareArrays() {
    server.enqueue(json(200, "[{\"id\":\"a\",\"action\":\"approve\"},{\"id\":\"b\"}]"));
    server.enqueue(json(200, "[{\"id\":\"g1\",\"name\":\"n\"}]"));
    server.enqueue(json(200, "[{\"id\":\"g2\",\"name\":\"Grow\"}]"));
    try (GtmhubClient client = TestClients.client(server)) {
      WorkflowActionList actions = client.goals().workflowActions(GOAL_ID);
      CreatedGoals created = client.goals().createAll(List.of(GoalRequest.builder().name("n").sessionId("s").build()));
      GoalList byOwner = client.goals().listByMetricOwner("owner-1");

      assertThat(actions.items()).extracting(a -> a.id().orElseThrow()).containsExactly("a", "b");
      assertThat(actions.totalCount()).isEmpty();
      assertThat(created.items()).extracting(CreatedGoal::id).containsExactly("g1");
      assertThat(byOwner.items()).extracting(Goal::id).containsExactly("g2");
    }
  }

  @Test
  void theEnvelopeItselfStillDecodes() {
    server.enqueue(json(200, "{\"items\":[{\"id\":\"a\"}],\"totalCount\":1}"));
    try (GtmhubClient client = TestClients.client(server)) {
      WorkflowActionList actions = client.goals().workflowActions(GOAL_ID);
      assertThat(actions.items()).hasSize(1);
      assertThat(actions.totalCount()).contains(1L);
    }
  }

  @Test
  void aGoalAlsoArrivesWrappedUnderOneKey() {
    server.enqueue(json(200, "{\"data\":{\"id\":\"" + GOAL_ID + "\",\"name\":\"Grow\"}}"));
    server.enqueue(json(200, "{\"id\":\"" + GOAL_ID + "\",\"name\":\"Plain\"}"));
    try (GtmhubClient client = TestClients.client(server)) {
      assertThat(client.goals().get(GOAL_ID).name()).contains("Grow");
      assertThat(client.goals().get(GOAL_ID).name()).contains("Plain");
    }
  }

  @Test
  void anObjectWithMoreThanOneUnknownFieldIsNotUnwrapped() {
    server.enqueue(json(200, "{\"data\":{\"id\":\"x\"},\"meta\":{}}"));
    try (GtmhubClient client = TestClients.client(server)) {
      assertThatThrownBy(() -> client.goals().get(GOAL_ID)).isInstanceOf(OkrDecodingException.class);
    }
  }

  @Test
  void anEnvelopeWrappedUnderOneKeyIsAccepted() {
    server.enqueue(json(200, "{\"result\":{\"items\":[{\"id\":\"a\"}],\"totalCount\":1}}"));
    try (GtmhubClient client = TestClients.client(server)) {
      assertThat(client.goals().workflowActions(GOAL_ID).items()).hasSize(1);
    }
  }
}
