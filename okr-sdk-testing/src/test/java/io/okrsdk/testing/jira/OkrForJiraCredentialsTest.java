package io.okrsdk.testing.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.UnauthorizedException;
import io.okrsdk.jira.query.ObjectiveExpand;
import io.okrsdk.jira.OkrForJiraClient;
import io.okrsdk.jira.query.UpdateHistoryQuery;
import io.okrsdk.jira.model.OkrStatus;
import io.okrsdk.testing.FakeOkrForJiraServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The API-Token header: missing is 400, wrong is 401, on every endpoint. */
class OkrForJiraCredentialsTest {
  private static final String[] GETS = {
    "api/v2/api-export/objectives/byDate?startDateEpochMilli=0&deadlineEpochMilli=1",
    "api/v2/api-export/objectives/byIds?objectiveIds=5fda249d289742000406b3e4",
    "api/v2/api-export/keyResults/byDate?startDateEpochMilli=0&deadlineEpochMilli=1",
    "api/v2/api-export/keyResults/byIds?keyResultIds=5fda249d289742000406b3e5",
    "api/v2/api-export/updates",
    "api/v2/api-export/updateComments",
  };

  @RegisterExtension static final FakeOkrForJiraServer jira = new FakeOkrForJiraServer();

  @Test
  void aMissingTokenIsAnswered400() {
    RawHttp raw = new RawHttp(jira);
    for (String get : GETS) {
      RawHttp.Answer answer = raw.getWithoutToken(get);
      assertThat(answer.status).as(get).isEqualTo(400);
      assertThat(answer.body).contains("API-Token");
    }
  }

  @Test
  void aWrongTokenIsAnswered401() {
    RawHttp raw = new RawHttp(jira);
    for (String get : GETS) {
      assertThat(raw.getWithToken(get, "not-the-token").status).as(get).isEqualTo(401);
      assertThat(raw.getWithToken(get, FakeOkrForJiraServer.API_TOKEN).status).as(get).isEqualTo(200);
    }
  }

  @Test
  void theClientReportsAWrongTokenAsUnauthorizedAndWritesNothing() {
    try (OkrForJiraClient wrong = jira.clientBuilder().apiToken("not-the-token").build()) {
      assertThatThrownBy(() -> wrong.okrs().objectivesByDate(FakeOkrForJiraServer.EXAMPLE_QUARTER, ObjectiveExpand.all()))
          .isInstanceOf(UnauthorizedException.class);
      assertThatThrownBy(() -> wrong.updates().objective("5fda249d289742000406b3e4", OkrStatus.AT_RISK, null))
          .isInstanceOf(UnauthorizedException.class);
    }
    assertThat(jira.client().updates().historyPage(UpdateHistoryQuery.all(), null).updates()).hasSize(2);
  }

  @Test
  void theClientBuilderIsPointedAtTheFake() {
    try (OkrForJiraClient client = jira.newClient()) {
      assertThat(client.toString()).contains(jira.baseUrl()).doesNotContain(FakeOkrForJiraServer.API_TOKEN);
      assertThat(jira.clientType()).isEqualTo(OkrForJiraClient.class);
    }
  }
}
