package io.okrsdk.testing.perform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.NotFoundException;
import io.okrsdk.core.json.OpenEnum;
import io.okrsdk.perform.PerformClient;
import io.okrsdk.perform.model.Goal;
import io.okrsdk.perform.model.GoalPage;
import io.okrsdk.perform.model.GoalUnit;
import io.okrsdk.perform.model.GoalVisibility;
import io.okrsdk.perform.model.RagStatus;
import io.okrsdk.testing.FakePerformServer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The real PerformClient against the fake: both goal endpoints, paging and ids. */
class FakePerformGoalsTest {
  @RegisterExtension final FakePerformServer perform = new FakePerformServer();

  @Test
  void listsTheDocumentedGoalWithEveryField(PerformClient client) {
    List<Goal> goals = client.goals().list().toList();

    assertThat(goals).hasSize(1);
    Goal goal = goals.get(0);
    assertThat(goal.apiId()).isEqualTo(FakePerformServer.EXAMPLE_GOAL_ID);
    assertThat(goal.title()).hasValue("Increase sales by 20%");
    assertThat(goal.description()).hasValue("");
    assertThat(goal.department()).isEmpty();
    assertThat(goal.personName()).hasValue("Joanne Stefani");
    assertThat(goal.unit()).hasValue(GoalUnit.PERCENTAGE);
    assertThat(goal.baselineValue()).hasValue(new BigDecimal("0.0000"));
    assertThat(goal.targetValue()).hasValue(new BigDecimal("100.0000"));
    assertThat(goal.currentValue()).hasValue(new BigDecimal("20.0000"));
    assertThat(goal.startDate()).hasValue(LocalDate.of(2025, 1, 1));
    assertThat(goal.targetDate()).hasValue(LocalDate.of(2025, 12, 31));
    assertThat(goal.isComplete()).hasValue(false);
    assertThat(goal.ragStatus().map(rag -> rag.is(RagStatus.RED))).hasValue(true);
    assertThat(goal.isOkr()).hasValue(false);
    assertThat(goal.weight()).hasValue(1);
    assertThat(goal.visibility().map(v -> v.is(GoalVisibility.LINE_OF_SIGHT))).hasValue(true);
    assertThat(goal.ragTargetBased()).hasValue(false);
  }

  @Test
  void getsAGoalByItsEncodedId(PerformClient client) throws Exception {
    Goal goal = client.goals().get(FakePerformServer.EXAMPLE_GOAL_ID);
    Goal async = client.goals().getAsync(FakePerformServer.EXAMPLE_GOAL_ID).get(10, TimeUnit.SECONDS);

    assertThat(goal).isEqualTo(perform.store().goal(FakePerformServer.EXAMPLE_GOAL_ID).orElseThrow());
    assertThat(async).isEqualTo(goal);
  }

  @Test
  void answersAnUnknownGoalWith404(PerformClient client) {
    assertThatThrownBy(() -> client.goals().get("580:00000000-0000-0000-0000-000000000000"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> client.goals().get("580:fef0d7fb/../x"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void servesGoalsAddedByTheTestExactlyAsBuilt(PerformClient client) {
    Goal added = Goal.builder()
        .apiId("580:test-goal")
        .title("Ship the fake")
        .unit(GoalUnit.ofCurrency(Currency.getInstance("EUR")))
        .baselineValue(new BigDecimal("0.0000"))
        .targetValue(new BigDecimal("250000.5000"))
        .currentValue(new BigDecimal("1234.5678"))
        .ragStatus(OpenEnum.of(RagStatus.class, "PURPLE"))
        .visibility(OpenEnum.of(GoalVisibility.PUBLIC))
        .weight(3)
        .build();
    perform.addGoal(added);

    Goal served = client.goals().get("580:test-goal");

    assertThat(served).isEqualTo(added);
    assertThat(served.unit().flatMap(GoalUnit::currency)).hasValue(Currency.getInstance("EUR"));
    assertThat(served.ragStatus().map(OpenEnum::isKnown)).hasValue(false);
    assertThatThrownBy(() -> perform.addGoal(added)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void pagesThroughTenThousandGeneratedGoals() {
    try (FakePerformServer big = new FakePerformServer().withGeneratedGoals(10_000);
        PerformClient client = big.newClient()) {
      List<Goal> goals = client.goals().list(250).toList();

      assertThat(goals).hasSize(10_001).isEqualTo(big.store().goals());
      assertThat(goals.stream().map(Goal::apiId).collect(Collectors.toSet())).hasSize(10_001);
      assertThat(big.requestCount()).isEqualTo(41);
    }
  }

  @Test
  void pageCarriesCountAndAbsoluteLinks(PerformClient client) {
    perform.withGeneratedGoals(24);
    String list = perform.baseUrl() + "api/v2/goals/";

    GoalPage first = client.goals().listPage(10, 0);
    GoalPage middle = client.goals().listPage(10, 10);
    GoalPage second = client.goals().listPage(10, 5);
    GoalPage last = client.goals().listPage(10, 20);
    GoalPage beyond = client.goals().listPage(10, 100);

    assertThat(first.count()).isEqualTo(25);
    assertThat(first.results()).hasSize(10);
    assertThat(first.next()).hasValue(list + "?limit=10&offset=10");
    assertThat(first.previous()).isEmpty();
    assertThat(middle.next()).hasValue(list + "?limit=10&offset=20");
    assertThat(middle.previous()).hasValue(list + "?limit=10");
    assertThat(second.previous()).hasValue(list + "?limit=10");
    assertThat(last.results()).hasSize(5);
    assertThat(last.next()).isEmpty();
    assertThat(last.previous()).hasValue(list + "?limit=10&offset=10");
    assertThat(beyond.results()).isEmpty();
    assertThat(beyond.count()).isEqualTo(25);
  }

  @Test
  void pagesInAnyWindowWithoutGapsOrRepeats(PerformClient client) {
    perform.withGeneratedGoals(29);
    for (int pageSize : new int[] {1, 7, 30, 31, 1000}) {
      List<Goal> goals = client.goals().list(pageSize).toList();
      assertThat(goals).as("page size %s", pageSize).isEqualTo(perform.store().goals());
    }
    assertThat(client.goals().list(7).limit(10).toList()).hasSize(10);
    assertThat(new HashSet<>(client.goals().listPageAsync(20, 0).join().results())).hasSize(20);
  }

  @Test
  void encodedAndPlainIdsFindTheSameGoal(PerformClient client) {
    Optional<Goal> stored = perform.store().goal(FakePerformServer.EXAMPLE_GOAL_ID);
    assertThat(Optional.of(client.goals().get(FakePerformServer.EXAMPLE_GOAL_ID))).isEqualTo(stored);
  }
}
