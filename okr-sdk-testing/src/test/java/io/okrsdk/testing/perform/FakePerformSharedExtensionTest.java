package io.okrsdk.testing.perform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.OkrDecodingException;
import io.okrsdk.perform.PerformClient;
import io.okrsdk.testing.FakePerformServer;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A fake in a static field is shared by the class; its faults are reset after each test. */
class FakePerformSharedExtensionTest {
  @RegisterExtension static final FakePerformServer SHARED = new FakePerformServer();

  private static PerformClient first;

  @RepeatedTest(3)
  void startsEachTestWithoutFaultsOnTheSameServer(PerformClient client) {
    if (first == null) {
      first = client;
    }
    assertThat(client).isSameAs(first);
    assertThat(client.goals().get(FakePerformServer.EXAMPLE_GOAL_ID).apiId())
        .isEqualTo(FakePerformServer.EXAMPLE_GOAL_ID);
    SHARED.faults().malformNext(3);
    assertThatThrownBy(() -> client.goals().get(FakePerformServer.EXAMPLE_GOAL_ID))
        .isInstanceOf(OkrDecodingException.class);
  }
}
