package io.okrsdk.testing.ogsm;

import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.ogsm.OgsmClient;
import io.okrsdk.testing.FakeOgsmServer;
import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The fake as a static JUnit extension: one fake for the class, its faults reset after each test. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FakeOgsmSharedExtensionTest {
  @RegisterExtension static final FakeOgsmServer OGSM = new FakeOgsmServer().withGeneratedGoals(20);

  private static String firstBaseUrl;

  @Test
  @Order(1)
  void leavesFaultsQueued(OgsmClient client) {
    firstBaseUrl = OGSM.baseUrl();
    OGSM.faults().failNext(5, 500, null).latency(Duration.ofSeconds(30));

    assertThat(client.goals()).isNotNull();
  }

  @Test
  @Order(2)
  void theNextTestSharesTheFakeWithoutThoseFaults(OgsmClient client) {
    assertThat(OGSM.baseUrl()).isEqualTo(firstBaseUrl);
    assertThat(client.goals().listAll()).hasSize(21);
  }
}
