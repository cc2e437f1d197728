package io.okrsdk.testing.perform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.perform.model.CheckinDetail;
import io.okrsdk.perform.model.Goal;
import io.okrsdk.perform.model.GoalUnit;
import io.okrsdk.testing.FakePerformServer;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Generated data: deterministic per seed, unique ids, plausible values, no server needed. */
class PerformDataGeneratorTest {
  @Test
  void sameSeedGivesTheSameDataWhateverTheCallSizes() {
    PerformStore inOneGo = new PerformStore();
    PerformStore inSteps = new PerformStore();
    new PerformDataGenerator(42).addGoals(inOneGo, 300);
    PerformDataGenerator stepwise = new PerformDataGenerator(42);
    stepwise.addGoals(inSteps, 100);
    stepwise.addGoals(inSteps, 0);
    stepwise.addGoals(inSteps, 200);
    new PerformDataGenerator(42).addCheckins(inOneGo, 200);
    stepwise.addCheckins(inSteps, 200);

    assertThat(inSteps.goals()).isEqualTo(inOneGo.goals());
    assertThat(inSteps.checkins()).isEqualTo(inOneGo.checkins());
    assertThat(new PerformDataGenerator(42).employees()).isEqualTo(stepwise.employees());
  }

  @Test
  void otherSeedsGiveOtherData() {
    assertThat(new PerformDataGenerator(1).goal(0)).isNotEqualTo(new PerformDataGenerator(2).goal(0));
    assertThat(new PerformDataGenerator(1).checkin(0).apiId()).isNotEqualTo(new PerformDataGenerator(2).checkin(0).apiId());
  }

  @Test
  void idsAreUniqueAndLookLikeTheVendors() {
    FakePerformServer fake = new FakePerformServer().withGeneratedGoals(2_000).withGeneratedCheckins(2_000);
    try (fake) {
      Set<String> goalIds = fake.store().goals().stream().map(Goal::apiId).collect(Collectors.toSet());
      Set<String> checkinIds = fake.store().checkins().stream().map(CheckinDetail::apiId).collect(Collectors.toSet());
      assertThat(goalIds).hasSize(2_001).allMatch(id -> id.matches("580:[0-9a-f-]{36}"));
      assertThat(checkinIds).hasSize(2_002).allMatch(id -> id.matches("580:[0-9a-f-]{36}"));
    }
  }

  @Test
  void valuesArePlausible() {
    PerformDataGenerator generator = new PerformDataGenerator(FakePerformServer.DEFAULT_SEED);
    for (int i = 0; i < 500; i++) {
      Goal goal = generator.goal(i);
      assertThat(goal.title()).isPresent();
      assertThat(goal.unit().map(GoalUnit::kind)).isPresent().get().isNotEqualTo(GoalUnit.Kind.UNKNOWN);
      assertThat(goal.targetValue().orElseThrow().scale()).isEqualTo(4);
      assertThat(goal.targetValue().orElseThrow()).isGreaterThan(goal.baselineValue().orElseThrow());
      assertThat(goal.currentValue().orElseThrow()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
      assertThat(goal.targetDate().orElseThrow()).isAfter(goal.startDate().orElseThrow());
      assertThat(goal.ragStatus().orElseThrow().isKnown()).isTrue();

      CheckinDetail checkin = generator.checkin(i);
      PerformEmployee employee = generator.checkinEmployee(i);
      assertThat(generator.employees()).contains(employee);
      assertThat(checkin.overdue()).hasValue(checkin.submissionDate().isEmpty());
      assertThat(checkin.deadlineDate().orElseThrow().getOffset())
          .isIn(ZoneOffset.UTC, ZoneOffset.ofHours(1));
      checkin.responses().forEach(response -> {
        assertThat(response.personEmail()).hasValue(employee.email());
        assertThat(response.personDepartment()).hasValue(employee.department());
      });
    }
  }

  @Test
  void employeesAreDistinctAndSpreadOverDepartmentsAndManagers() {
    List<PerformEmployee> employees = new PerformDataGenerator(7).employees();

    assertThat(employees).hasSize(PerformDataGenerator.EMPLOYEES).doesNotHaveDuplicates();
    assertThat(employees.stream().map(PerformEmployee::email).distinct()).hasSize(PerformDataGenerator.EMPLOYEES);
    assertThat(employees.stream().map(PerformEmployee::department).distinct()).hasSize(6);
    assertThat(employees.stream().map(PerformEmployee::managerName).distinct()).hasSize(12);
  }

  @Test
  void refusesNegativeCountsAndIndexes() {
    PerformDataGenerator generator = new PerformDataGenerator(1);
    assertThatThrownBy(() -> generator.addGoals(new PerformStore(), -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> generator.goal(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void employeesHaveStableIdsFromTheirEmail() {
    PerformEmployee one = PerformEmployee.of("Ann Lee", "ann@example.org", "Sales", "Bo Kim", "bo@example.org");
    PerformEmployee again = PerformEmployee.of("Ann Lee", "ANN@example.org", "Sales", "Bo Kim", "bo@example.org");

    assertThat(again.apiId()).isEqualTo(one.apiId()).startsWith("580:");
    assertThatThrownBy(() -> PerformEmployee.of("Ann Lee", " ", "Sales", "Bo Kim", "bo@example.org"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
