package io.okrsdk.testing.ogsm;

import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.ogsm.OgsmClient;
import io.okrsdk.ogsm.model.GoalMeasurement;
import io.okrsdk.testing.FakeOgsmServer;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The fake as an instance-field JUnit extension: a fresh, started fake per test, and injection. */
class FakeOgsmExtensionTest {
  @RegisterExtension final FakeOgsmServer ogsm = new FakeOgsmServer();

  @Test
  void injectsAClientPointedAtTheFake(OgsmClient client) {
    assertThat(client).isSameAs(ogsm.client());
    assertThat(client.toString()).contains(ogsm.baseUrl()).doesNotContain(FakeOgsmServer.PASSWORD);
    assertThat(client.goals().listAll()).containsExactly(OgsmExamples.goal());
  }

  @Test
  void injectsTheFakeItself(FakeOgsmServer injected) {
    assertThat(injected).isSameAs(ogsm);
  }

  @RepeatedTest(3)
  void eachTestStartsFromTheSeededState(OgsmClient client) {
    GoalMeasurement created = client.goalMeasurements().create(OgsmExamples.ID, LocalDate.of(2024, 10, 9), BigDecimal.TEN);

    assertThat(created.id()).isEqualTo(OgsmExamples.ID + 1);
    assertThat(client.goalMeasurements().listAll()).hasSize(2);
    assertThat(ogsm.requestCount()).isEqualTo(2);
  }

  @Test
  void newClientsAreIndependentOfTheSharedOne() {
    try (OgsmClient own = ogsm.newClient()) {
      assertThat(own).isNotSameAs(ogsm.client());
      assertThat(own.strategies().listAll()).hasSize(1);
    }
  }
}
