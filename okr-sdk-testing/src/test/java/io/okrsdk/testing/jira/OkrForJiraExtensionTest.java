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

/** The fake as a JUnit 5 extension on an instance field: injected, and fresh for every test. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OkrForJiraExtensionTest {
  private static final String O_2 = "5fda249d289742000406b3e4";
  private static FakeOkrForJiraServer previous;

  @RegisterExtension final FakeOkrForJiraServer jira = new FakeOkrForJiraServer();

  @Test
  @Order(1)
  void injectsTheFakeAndItsClient(FakeOkrForJiraServer fake, OkrForJiraClient client) {
    assertThat(fake).isSameAs(jira);
    assertThat(client).isSameAs(jira.client());
    client.updates().objective(O_2, OkrStatus.AT_RISK, "only in this test's fake");
    assertThat(client.updates().history(UpdateHistoryQuery.forEntity(O_2)).toList()).hasSize(2);
    previous = jira;
  }

  @Test
  @Order(2)
  void aNewTestGetsANewFakeWithTheSeedOnly(OkrForJiraClient client) {
    assertThat(jira).isNotSameAs(previous);
    assertThat(client.updates().history(UpdateHistoryQuery.forEntity(O_2)).toList()).hasSize(1);
  }
}
