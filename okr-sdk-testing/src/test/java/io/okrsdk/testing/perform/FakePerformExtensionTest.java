package io.okrsdk.testing.perform;

import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.perform.PerformClient;
import io.okrsdk.perform.model.Goal;
import io.okrsdk.testing.FakePerformServer;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The fake as a JUnit 5 extension: started for the test, a client injected, closed or reset after. */
class FakePerformExtensionTest {
  @RegisterExtension final FakePerformServer perform = new FakePerformServer().withGeneratedGoals(30);

  @RepeatedTest(2)
  void givesEveryTestAFreshFake(PerformClient client) {
    assertThat(client.goals().list().toList()).hasSize(31);
    perform.addGoal(Goal.builder().apiId("580:added-by-this-test").build());
    assertThat(client.goals().list().toList()).hasSize(32);
  }

  @Test
  void injectsTheSameSharedClientAndTheFakeItself(PerformClient client, FakePerformServer injected) {
    assertThat(injected).isSameAs(perform);
    assertThat(client).isSameAs(perform.client());
    assertThat(client.toString()).contains(perform.baseUrl()).doesNotContain(FakePerformServer.API_KEY);
  }

  @Test
  void newClientsAreIndependentOfTheSharedOne() {
    try (PerformClient own = perform.newClient()) {
      assertThat(own).isNotSameAs(perform.client());
      assertThat(own.goals().get(FakePerformServer.EXAMPLE_GOAL_ID).title()).hasValue("Increase sales by 20%");
    }
  }
}
