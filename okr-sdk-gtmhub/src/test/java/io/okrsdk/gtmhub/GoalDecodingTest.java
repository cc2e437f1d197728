package io.okrsdk.gtmhub;

import static io.okrsdk.gtmhub.TestClients.GOAL_ID;
import static io.okrsdk.gtmhub.TestClients.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.OkrDecodingException;
import io.okrsdk.core.testsupport.Fixtures;
import io.okrsdk.gtmhub.model.AssigneeType;
import io.okrsdk.gtmhub.model.AttainmentType;
import io.okrsdk.gtmhub.model.CreatedGoals;
import io.okrsdk.gtmhub.model.Goal;
import io.okrsdk.gtmhub.model.GoalGroup;
import io.okrsdk.gtmhub.model.GoalGroupList;
import io.okrsdk.gtmhub.model.GoalList;
import io.okrsdk.gtmhub.model.GoalRequest;
import io.okrsdk.gtmhub.model.ManualType;
import io.okrsdk.gtmhub.model.Metric;
import io.okrsdk.gtmhub.model.TargetOperator;
import io.okrsdk.gtmhub.model.WorkflowAction;
import io.okrsdk.gtmhub.model.WorkflowActionList;
import io.okrsdk.gtmhub.model.WorkflowActionType;
import io.okrsdk.gtmhub.query.ListQuery;
import io.okrsdk.gtmhub.query.GroupByQuery;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Decoding through the client. The seed doc's only response example is the placeholder {@code {}}
 * (kept verbatim in {@code gtmhub/doc-response-example.json}); the richer fixtures carry every
 * field the API notes list for goals, metrics and their parts.
 */
class GoalDecodingTest {
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
  void decodesEveryFieldOfAGoal() {
    server.enqueue(json(200, Fixtures.read("gtmhub/goal.json")));

    Goal goal = client.goals().get(GOAL_ID);

    assertThat(goal.id()).isEqualTo(GOAL_ID);
    assertThat(goal.accountId()).contains("5be26318e5274a0007f17f61");
    assertThat(goal.name()).contains("Grow revenue in new markets");
    assertThat(goal.description()).contains("Owned by @[Mariya Velikova:mariya@example.com:602a65efc05575000123291b]");
    assertThat(goal.sessionId()).contains("61a74153d8b312000145b519");
    assertThat(goal.ownerId()).contains("6197665868264500014d04e0");
    assertThat(goal.ownerIds()).containsExactly("6197665868264500014d04e0", "619765b69b8b5c0001b5e669");
    assertThat(goal.parentId()).contains("");
    assertThat(goal.parentGoalId()).isEmpty();
    assertThat(goal.dateCreated()).contains(OffsetDateTime.of(2021, 3, 20, 9, 15, 30, 123_000_000, ZoneOffset.UTC));
    assertThat(goal.dateFrom()).contains(OffsetDateTime.of(2021, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
    assertThat(goal.dateTo()).contains(OffsetDateTime.of(2021, 3, 31, 23, 59, 59, 0, ZoneOffset.ofHours(2)));
    assertThat(goal.url()).contains("https://app.gtmhub.com/#/goals/6138969ab6adf10001fc329c");
    assertThat(goal.attainment()).contains(0.45);
    assertThat(goal.aggregatedAttainment()).isEmpty();
    assertThat(goal.fullAggregatedAttainment()).contains(0.5);
    assertThat(goal.attainmentType().orElseThrow().is(AttainmentType.AVERAGE_KR)).isTrue();
    assertThat(goal.closedStatus().orElseThrow().status()).contains("open");
    assertThat(goal.tags()).hasSize(2);
    assertThat(goal.tags().get(0).id()).isEmpty();
    assertThat(goal.tags().get(0).title()).isEqualTo("growth");
    assertThat(goal.tags().get(1).id()).contains("tag-2");
    assertThat(goal.tags().get(1).title()).isEqualTo("emea");
    Map<String, Object> expectedCustomFields = new HashMap<>();
    expectedCustomFields.put("region", "EMEA");
    expectedCustomFields.put("budget", 1200.5);
    expectedCustomFields.put("approved", true);
    expectedCustomFields.put("notes", null);
    assertThat(goal.customFields()).isEqualTo(expectedCustomFields);
    assertThat(goal.assignee().orElseThrow().id()).contains("6197665868264500014d04e0");
    assertThat(goal.assignee().orElseThrow().accountId()).contains("5be26318e5274a0007f17f61");
    assertThat(goal.assignee().orElseThrow().name()).contains("Sales Team");
    assertThat(goal.assignee().orElseThrow().email()).contains("sales@example.com");
    assertThat(goal.assignee().orElseThrow().avatar()).contains("https://cdn.example.com/avatar.png");
    assertThat(goal.assignee().orElseThrow().type().orElseThrow().is(AssigneeType.TEAM)).isTrue();
    assertThat(goal.links().orElseThrow().expanded())
        .contains(Map.of("parent", List.of(), "children", List.of(Map.of("id", "602e31560f20d500012dbe0e"))));

    assertThat(goal.metrics()).hasSize(1);
    Metric metric = goal.metrics().get(0);
    assertThat(metric.id()).contains("615a9d1c84d86400013f8170");
    assertThat(metric.name()).contains("Close 10 enterprise deals");
    assertThat(metric.description()).contains("New logos only");
    assertThat(metric.attainment()).contains(0.3);
    assertThat(metric.actual()).contains(new BigDecimal("3"));
    assertThat(metric.target()).contains(new BigDecimal("10"));
    assertThat(metric.initialValue()).contains(BigDecimal.ZERO);
    assertThat(metric.manualType().orElseThrow().is(ManualType.DOUBLE)).isTrue();
    assertThat(metric.targetOperator().orElseThrow().is(TargetOperator.AT_LEAST)).isTrue();
    assertThat(metric.critical()).contains(true);
    assertThat(metric.dueDate()).contains(OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
    assertThat(metric.dueDateIfSet()).isEmpty();
    assertThat(metric.confidence().orElseThrow().date())
        .contains(OffsetDateTime.of(2021, 3, 18, 10, 0, 0, 0, ZoneOffset.UTC));
    assertThat(metric.confidence().orElseThrow().reason()).contains("pipeline is strong");
    assertThat(metric.confidence().orElseThrow().userId()).contains("6197665815627f0001850837");
    assertThat(metric.confidence().orElseThrow().value()).contains(0.8);
    assertThat(metric.sessionId()).contains("61a74153d8b312000145b519");
    assertThat(metric.ownerIds()).containsExactly("6197665815627f0001850837");
    assertThat(metric.goalId()).contains(GOAL_ID);
    assertThat(metric.format().orElseThrow().prefix()).contains("$");
    assertThat(metric.format().orElseThrow().suffix()).contains("k");
    assertThat(metric.format().orElseThrow().fractionSize()).contains(2);
  }

  @Test
  void aProjectedGoalNeedsOnlyItsId() {
    server.enqueue(json(200, "{\"id\":\"g1\",\"parentId\":\"p1\",\"metrics\":[{\"name\":\"m\"}],\"tags\":null}"));

    Goal goal = client.goals().get("g1");

    assertThat(goal.name()).isEmpty();
    assertThat(goal.parentGoalId()).contains("p1");
    assertThat(goal.metrics().get(0).id()).isEmpty();
    assertThat(goal.metrics().get(0).name()).contains("m");
    assertThat(goal.tags()).isEmpty();
    assertThat(goal.customFields()).isEmpty();
  }

  @Test
  void metricDueDateIfSetKeepsARealDate() {
    Metric metric = Metric.builder().dueDate(OffsetDateTime.of(2021, 6, 30, 0, 0, 0, 0, ZoneOffset.UTC)).build();

    assertThat(metric.dueDateIfSet()).contains(OffsetDateTime.of(2021, 6, 30, 0, 0, 0, 0, ZoneOffset.UTC));
  }

  @Test
  void unknownEnumValuesAreKept() {
    server.enqueue(json(200, "{\"id\":\"g1\",\"attainmentTypeString\":\"weighted_kr\",\"assignee\":{\"type\":\"squad\"},"
        + "\"metrics\":[{\"manualType\":\"percent\",\"targetOperator\":\"should_stay_between\"}]}"));

    Goal goal = client.goals().get("g1");

    assertThat(goal.attainmentType().orElseThrow().isKnown()).isFalse();
    assertThat(goal.attainmentType().orElseThrow().value()).isEqualTo("weighted_kr");
    assertThat(goal.assignee().orElseThrow().type().orElseThrow().value()).isEqualTo("squad");
    assertThat(goal.metrics().get(0).manualType().orElseThrow().value()).isEqualTo("percent");
    assertThat(goal.metrics().get(0).targetOperator().orElseThrow().value()).isEqualTo("should_stay_between");
  }

  @Test
  void decodesTheListEnvelope() {
    server.enqueue(json(200, Fixtures.read("gtmhub/goals-page.json")));

    GoalList page = client.goals().listPage(ListQuery.all(), 0, 2);

    assertThat(page.totalCount()).contains(7L);
    assertThat(page.items()).extracting(Goal::id).containsExactly("61a74153d8b312000145b519", "602e31560f20d500012dbe0e");
    assertThat(page.items()).extracting(goal -> goal.accountId().orElseThrow())
        .containsOnly("5be26318e5274a0007f17f61");
    assertThat(page.items()).extracting(goal -> goal.name().orElseThrow()).containsExactly("sales", "marketing");
    assertThat(page.items()).extracting(goal -> goal.description().orElseThrow())
        .containsExactly("Sales objective", "Marketing objective");
  }

  @Test
  void decodesTheGroupedByResponse() {
    server.enqueue(json(200, Fixtures.read("gtmhub/goals-grouped.json")));

    GoalGroupList page = client.goals().groupByOwnersPage(GroupByQuery.all(), 0, 10);

    assertThat(page.totalCount()).contains(2L);
    GoalGroup user = page.items().get(0);
    assertThat(user.id()).contains("6197665868264500014d04e0");
    assertThat(user.name()).contains("Mariya Velikova");
    assertThat(user.type().orElseThrow().is(AssigneeType.USER)).isTrue();
    assertThat(user.email()).contains("mariya@example.com");
    assertThat(user.avatar()).contains("https://cdn.example.com/mariya.png");
    assertThat(user.goals()).hasSize(1);
    assertThat(user.goals().get(0).id()).isEqualTo("61a74153d8b312000145b519");
    assertThat(user.goals().get(0).name()).contains("sales");
    assertThat(user.goals().get(0).attainment()).contains(0.75);
    GoalGroup other = page.items().get(1);
    assertThat(other.id()).contains("619765b69b8b5c0001b5e669");
    assertThat(other.name()).contains("Platform");
    assertThat(other.type().orElseThrow().value()).isEqualTo("squad");
    assertThat(other.email()).isEmpty();
    assertThat(other.avatar()).isEmpty();
    assertThat(other.goals()).isEmpty();
  }

  @Test
  void decodesWorkflowActions() {
    server.enqueue(json(200, Fixtures.read("gtmhub/workflow-actions.json")));

    WorkflowActionList actions = client.goals().workflowActions(GOAL_ID);

    assertThat(actions.totalCount()).contains(2L);
    WorkflowAction approve = actions.items().get(0);
    assertThat(approve.id()).contains("624d8f0ee3b1a40001c2a111");
    assertThat(approve.goalId()).contains(GOAL_ID);
    assertThat(approve.action().orElseThrow().is(WorkflowActionType.APPROVE)).isTrue();
    assertThat(approve.userId()).contains("6197665815627f0001850837");
    assertThat(approve.comment()).contains("Looks good");
    assertThat(approve.date()).contains(OffsetDateTime.of(2021, 3, 20, 10, 30, 0, 0, ZoneOffset.UTC));
    WorkflowAction unknown = actions.items().get(1);
    assertThat(unknown.action().orElseThrow().value()).isEqualTo("escalate");
    assertThat(unknown.id()).isEmpty();
    assertThat(unknown.goalId()).isEmpty();
    assertThat(unknown.userId()).isEmpty();
    assertThat(unknown.comment()).isEmpty();
    assertThat(unknown.date()).isEmpty();
  }

  @Test
  void decodesCreatedGoals() {
    server.enqueue(json(201, Fixtures.read("gtmhub/created-goals.json")));

    CreatedGoals created =
        client.goals().createAll(List.of(GoalRequest.builder().name("n").sessionId("s").build()));

    assertThat(created.totalCount()).contains(2L);
    assertThat(created.items().get(0).id()).isEqualTo("61a74153d8b312000145b519");
    assertThat(created.items().get(0).name()).contains("sales");
    assertThat(created.items().get(1).id()).isEqualTo("602e31560f20d500012dbe0e");
    assertThat(created.items().get(1).name()).isEmpty();
  }

  @Test
  void theDocPlaceholderExampleDecodesAsEmptyEnvelopes() {
    String example = Fixtures.read("gtmhub/doc-response-example.json");
    assertThat(example.trim()).isEqualTo("{}");
    for (int i = 0; i < 4; i++) {
      server.enqueue(json(200, example));
    }

    GoalList list = client.goals().listByMetricOwner("o1");
    GoalGroupList groups = client.goals().groupByReviewersPage(GroupByQuery.all(), 0, 10);
    WorkflowActionList actions = client.goals().workflowActions(GOAL_ID);
    CreatedGoals created =
        client.goals().createAll(List.of(GoalRequest.builder().name("n").sessionId("s").build()));

    assertThat(list.items()).isEmpty();
    assertThat(list.totalCount()).isEmpty();
    assertThat(groups.items()).isEmpty();
    assertThat(groups.totalCount()).isEmpty();
    assertThat(actions.items()).isEmpty();
    assertThat(actions.totalCount()).isEmpty();
    assertThat(created.items()).isEmpty();
    assertThat(created.totalCount()).isEmpty();
  }

  @Test
  void theDocPlaceholderExampleIsNoGoalBecauseAGoalAlwaysHasAnId() {
    server.enqueue(json(200, Fixtures.read("gtmhub/doc-response-example.json")));

    assertThatThrownBy(() -> client.goals().get(GOAL_ID))
        .isInstanceOf(OkrDecodingException.class)
        .hasMessageContaining("id");
  }
}
