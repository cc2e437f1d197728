package io.okrsdk.testing.jira;

import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.jira.OkrForJiraClient;
import io.okrsdk.jira.query.UpdateHistoryQuery;
import io.okrsdk.jira.model.OkrStatus;
import io.okrsdk.testing.FakeOkrForJiraServer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The fake as a JUnit 5 extension on a static field: one fake for the class, its faults reset after each test. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OkrForJiraSharedExtensionTest {
  private static final String O_2 = "5fda249d289742000406b3e4";

  @RegisterExtension static final FakeOkrForJiraServer jira = new FakeOkrForJiraServer();

  @Test
  @Order(1)
  void writesAndLeavesFaultsBehind(OkrForJiraClient client) {
    client.updates().objective(O_2, OkrStatus.ON_TRACK, "kept for the next test");
    jira.faults().failNext(5, 500, null);
  }

  @Test
  @Order(2)
  void seesTheWriteButNotTheFaults(OkrForJiraClient client) {
    int before = jira.requestCount();

    assertThat(client.updates().history(UpdateHistoryQuery.forEntity(O_2)).toList()).hasSize(2);
    assertThat(jira.requestCount() - before).isEqualTo(1);
  }
}
