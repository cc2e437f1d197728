package io.okrsdk.portable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.ogsm.OgsmClient;
import io.okrsdk.testing.FakeOgsmServer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** OGSM objectives, strategies, goals and KPIs in the portable model, from the docs' examples the fake serves. */
@Timeout(60)
class OgsmSourceTest {
  @RegisterExtension final FakeOgsmServer ogsm = new FakeOgsmServer();

  @Test
  void theDocsExamplesMapRowByRow(OgsmClient client) {
    List<Objective> all = OgsmSource.of(client).list(ObjectiveQuery.all());
    assertThat(all).extracting(Objective::id).containsExactly("objective:123", "strategy:123");

    // OGSM objective -> objective; the goal on its canvas (789) -> key result
    Objective objective = all.get(0);
    assertThat(objective.source()).isEqualTo(SourceRef.builder().platform(Platform.OGSM).id("objective:123").kind("objective").build());
    assertThat(objective.title()).isEqualTo("Objective title");
    assertThat(objective.description()).hasValue("Description"); // <p>Description</p>
    assertThat(objective.owners()).containsExactly(Owner.ofName("Firstname Lastname"));
    assertThat(objective.parentId()).isEmpty();
    assertThat(objective.childIds()).containsExactly("strategy:123");
    assertThat(objective.period()).isEmpty();
    assertThat(objective.progress()).isEmpty(); // no goal has a target
    assertThat(objective.status()).isEqualTo(Status.OFF_TRACK); // rolled up from the red goal

    KeyResult goal = objective.keyResults().get(0);
    assertThat(goal.id()).isEqualTo("goal:123");
    assertThat(goal.source().kind()).isEqualTo("goal");
    assertThat(goal.objectiveId()).isEqualTo("objective:123");
    assertThat(goal.title()).isEqualTo("Goal title");
    assertThat(goal.unit()).hasValue("EUR");
    assertThat(goal.rawStatus()).hasValue("red");
    assertThat(goal.status()).isEqualTo(Status.OFF_TRACK);
    assertThat(goal.targetValue()).isEmpty(); // the example measurement's target_value is null
    assertThat(goal.progress()).isEmpty();

    // strategy -> child objective; the KPI measuring it -> its key result
    Objective strategy = all.get(1);
    assertThat(strategy.source().kind()).isEqualTo("strategy");
    assertThat(strategy.title()).isEqualTo("Strategy title");
    assertThat(strategy.parentId()).hasValue("objective:123");
    KeyResult kpi = strategy.keyResults().get(0);
    assertThat(kpi.id()).isEqualTo("kpi:123");
    assertThat(kpi.title()).isEqualTo("KPI title");
    assertThat(kpi.objectiveId()).isEqualTo("strategy:123");
    assertThat(kpi.unit()).hasValue("EUR");
    assertThat(kpi.status()).isEqualTo(Status.OFF_TRACK);
  }

  @Test
  void recordingProgressCreatesAMeasurementThatBecomesTheLatestValue(OgsmClient client) {
    OgsmSource source = OgsmSource.of(client);
    assertThat(source.supports(Capability.RECORD_PROGRESS)).isTrue();
    source.recordProgress(ProgressUpdate.builder().keyResultId("goal:123").value(new BigDecimal("80"))
        .at(LocalDate.of(2099, 1, 1)).status(Status.ON_TRACK).note("from the portable model").build());
    source.recordProgress(ProgressUpdate.builder().keyResultId("kpi:123").value(new BigDecimal("12.5")).at(LocalDate.of(2099, 1, 2)).build());
    Objective objective = source.get("objective:123").orElseThrow();
    KeyResult goal = objective.keyResults().get(0);
    assertThat(goal.currentValue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("80"));
    assertThat(goal.updated()).hasValue(LocalDate.of(2099, 1, 1));
    KeyResult kpi = source.get("strategy:123").orElseThrow().keyResults().get(0);
    assertThat(kpi.currentValue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("12.5"));
    assertThat(client.goalMeasurements().listAll()).anySatisfy(m -> {
      assertThat(m.goal().id()).isEqualTo(123);
      assertThat(m.description()).hasValue("from the portable model");
      assertThat(m.trafficLight().map(light -> light.value())).hasValue("green");
    });
  }

  @Test
  void onlyGoalsAndKpisTakeMeasurements(OgsmClient client) {
    assertThatThrownBy(() -> OgsmSource.of(client).recordProgress(ProgressUpdate.of("objective:123", BigDecimal.ONE)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("goal:123 or kpi:123");
    assertThatThrownBy(() -> OgsmSource.of(client).recordProgress(ProgressUpdate.of("goal:abc", BigDecimal.ONE)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void periodsAreNotOffered(OgsmClient client) {
    assertThat(OgsmSource.of(client).supports(Capability.PERIOD_FILTER)).isFalse();
    assertThatThrownBy(() -> OgsmSource.of(client).objectives(ObjectiveQuery.inPeriod("2024")))
        .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("OGSM has no periods");
  }

  @Test
  void goalsWithoutAnObjectiveOnTheirCanvasStandAlone() {
    try (FakeOgsmServer generated = new FakeOgsmServer().withGeneratedGoals(30); OgsmClient client = generated.start().client()) {
      List<Objective> all = OgsmSource.of(client).list(ObjectiveQuery.all());
      long keyResults = all.stream().mapToLong(o -> o.keyResults().size()).sum();
      long standalone = all.stream().filter(o -> o.source().kind().equals("goal") || o.source().kind().equals("kpi")).count();
      // Every goal and KPI appears once: as a key result or as an objective of its own.
      assertThat(keyResults + standalone).isEqualTo(client.goals().listAll().size() + client.kpis().listAll().size());
      assertThat(all).extracting(Objective::id).doesNotHaveDuplicates();
    }
  }
}
