package io.okrsdk.testing.fakes;

import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.perform.PerformClient;
import io.okrsdk.testing.Awkward;
import io.okrsdk.testing.FakePerformServer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A fake shared by a test class starts each test without the last test's waits and awkward variants. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SharedFakeResetTest {
  @RegisterExtension static final FakePerformServer PERFORM = new FakePerformServer();

  @Test
  @Order(1)
  void leavesWaitsAndVariantsBehind(PerformClient client) {
    PERFORM.faults().failNext(1, 503, Duration.ofSeconds(1));
    client.goals().get(FakePerformServer.EXAMPLE_GOAL_ID);
    PERFORM.awkward(Awkward.values());

    assertThat(PERFORM.recordedWaits()).hasSize(1);
  }

  @Test
  @Order(2)
  void startsClean() {
    assertThat(PERFORM.recordedWaits()).isEmpty();
    assertThat(PERFORM.awkwardVariants()).isEmpty();
  }
}
