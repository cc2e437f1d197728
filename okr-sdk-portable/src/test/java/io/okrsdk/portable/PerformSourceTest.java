package io.okrsdk.portable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.perform.PerformClient;
import io.okrsdk.testing.FakePerformServer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Perform goals in the portable model, from the docs' example goal the fake serves. */
@Timeout(60)
class PerformSourceTest {
  @RegisterExtension static final FakePerformServer perform = new FakePerformServer().withGeneratedGoals(450);

  @Test
  void theDocsExampleGoalMapsRowByRow(PerformClient client) {
    Objective goal = PerformSource.of(client).get(FakePerformServer.EXAMPLE_GOAL_ID).orElseThrow();
    assertThat(goal.source()).isEqualTo(SourceRef.builder().platform(Platform.PERFORM).id(FakePerformServer.EXAMPLE_GOAL_ID).kind("goal").build());
    assertThat(goal.title()).isEqualTo("Increase sales by 20%");
    assertThat(goal.description()).isEmpty(); // "" is no description
    assertThat(goal.owners()).containsExactly(Owner.ofName("Joanne Stefani"));
    assertThat(goal.period()).isEmpty();
    assertThat(goal.startDate()).hasValue(LocalDate.of(2025, 1, 1));
    assertThat(goal.dueDate()).hasValue(LocalDate.of(2025, 12, 31));
    assertThat(goal.startValue()).hasValue(new BigDecimal("0.0000"));
    assertThat(goal.currentValue()).hasValue(new BigDecimal("20.0000"));
    assertThat(goal.targetValue()).hasValue(new BigDecimal("100.0000"));
    assertThat(goal.unit()).hasValue("perc");
    assertThat(goal.progress()).hasValue(0.2);
    assertThat(goal.rawStatus()).hasValue("RED");
    assertThat(goal.status()).isEqualTo(Status.OFF_TRACK);
    assertThat(goal.keyResults()).isEmpty();
    assertThat(goal.parentId()).isEmpty();
    assertThat(goal.childIds()).isEmpty();
  }

  @Test
  void everyGoalIsListedAcrossPages(PerformClient client) {
    List<Objective> all = PerformSource.of(client).list(ObjectiveQuery.all());
    assertThat(all).hasSize(451);
    assertThat(all).extracting(Objective::id).doesNotHaveDuplicates().contains(FakePerformServer.EXAMPLE_GOAL_ID);
    assertThat(all).allSatisfy(goal -> assertThat(goal.source().kind()).isIn("goal", "okr"));
  }

  @Test
  void aWindowKeepsOverlappingGoals(PerformClient client) {
    List<Objective> in2025 = PerformSource.of(client).list(ObjectiveQuery.between(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30)));
    assertThat(in2025).extracting(Objective::id).contains(FakePerformServer.EXAMPLE_GOAL_ID);
    List<Objective> in1999 = PerformSource.of(client).list(ObjectiveQuery.between(LocalDate.of(1999, 1, 1), LocalDate.of(1999, 12, 31)));
    assertThat(in1999).extracting(Objective::id).doesNotContain(FakePerformServer.EXAMPLE_GOAL_ID);
  }

  @Test
  void periodsAndWritesAreNotOffered(PerformClient client) {
    PerformSource source = PerformSource.of(client);
    assertThat(source.supports(Capability.PERIOD_FILTER)).isFalse();
    assertThat(source.supports(Capability.RECORD_PROGRESS)).isFalse();
    assertThat(source.supports(Capability.GET_BY_ID)).isTrue();
    assertThatThrownBy(() -> source.objectives(ObjectiveQuery.inPeriod("2025")))
        .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("no periods");
    assertThatThrownBy(() -> source.recordProgress(ProgressUpdate.of(FakePerformServer.EXAMPLE_GOAL_ID, BigDecimal.TEN)))
        .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("RECORD_PROGRESS");
  }

  @Test
  void anUnknownIdIsEmpty(PerformClient client) {
    assertThat(PerformSource.of(client).get("580:00000000-0000-0000-0000-000000000000")).isEmpty();
  }
}
