package io.okrsdk.testing.fakes;

import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.testing.FakeGtmhubServer;
import io.okrsdk.testing.FakeOgsmServer;
import io.okrsdk.testing.FakeOkrForJiraServer;
import io.okrsdk.testing.FakePerformServer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each fake refuses what its real API refuses, with the documented status: writes not sent as
 * JSON, writes that refer to something the account does not have, credentials in the wrong scheme.
 * A user's bug must fail against the fake as it would in production.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class StrictFakesTest {
  private static final String FORM = "application/x-www-form-urlencoded";
  private static final String TEXT = "text/plain; charset=utf-8";
  private static final String JSON = "application/json; charset=utf-8";
  private static final String UNKNOWN_ID = "64b7f3a2c9e1d40001a7ffff";

  @RegisterExtension final FakeGtmhubServer gtmhub = new FakeGtmhubServer();
  @RegisterExtension final FakeOkrForJiraServer jira = new FakeOkrForJiraServer();
  @RegisterExtension final FakeOgsmServer ogsm = new FakeOgsmServer();
  @RegisterExtension final FakePerformServer perform = new FakePerformServer();

  private Wire gtmhub(String authorization) {
    return new Wire(gtmhub.apiBaseUrl(), "Authorization", authorization, "gtmhub-accountId", FakeGtmhubServer.ACCOUNT_ID);
  }

  private Wire gtmhub() {
    return gtmhub("Bearer " + FakeGtmhubServer.TOKEN);
  }

  private static String goal(String sessionId) {
    return "{\"name\":\"Strict\",\"sessionId\":\"" + sessionId + "\"}";
  }

  // ---- Content type of writes

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "POST  | api/v1/goals",
        "POST  | api/v1/goals/bulk",
        "PATCH | api/v1/goals/" + FakeGtmhubServer.SEEDED_DRAFT_GOAL_ID,
        "PUT   | api/v1/goals/" + FakeGtmhubServer.SEEDED_DRAFT_GOAL_ID,
        "POST  | api/v1/goals/" + FakeGtmhubServer.SEEDED_DRAFT_GOAL_ID + "/review",
      })
  void gtmhubRefusesAFormOrTextBodyWith400AndChangesNothing(String method, String path) {
    int goals = gtmhub.goalCount();
    try (Wire wire = gtmhub()) {
      String json = path.endsWith("bulk") ? "[" + goal(FakeGtmhubServer.CURRENT_SESSION_ID) + "]" : goal(FakeGtmhubServer.CURRENT_SESSION_ID);
      for (String contentType : new String[] {FORM, TEXT}) {
        Wire.Answer answer = wire.send(method, path, contentType, json);
        assertThat(answer.status).as("%s %s as %s", method, path, contentType).isEqualTo(400);
        assertThat(answer.body).contains("Content-Type: application/json");
      }
      assertThat(wire.send("POST", "api/v1/goals", null, goal(FakeGtmhubServer.CURRENT_SESSION_ID)).status)
          .as("no Content-Type at all").isEqualTo(400);
    }
    assertThat(gtmhub.goalCount()).isEqualTo(goals);
    assertThat(gtmhub.store().status(FakeGtmhubServer.SEEDED_DRAFT_GOAL_ID)).hasValueSatisfying(
        status -> assertThat(status.name()).isEqualTo("DRAFT"));
  }

  @Test
  void gtmhubTakesTheSameBodySentAsJson() {
    try (Wire wire = gtmhub()) {
      assertThat(wire.send("POST", "api/v1/goals", JSON, goal(FakeGtmhubServer.CURRENT_SESSION_ID)).status).isEqualTo(201);
    }
  }

  @Test
  void jiraRefusesAnUpdateNotSentAsJsonWith400() {
    String body = "{\"objectiveId\":\"5fda249d289742000406b3e4\",\"status\":\"ON TRACK\"}";
    try (Wire wire = new Wire(jira.baseUrl(), "API-Token", FakeOkrForJiraServer.API_TOKEN)) {
      assertThat(wire.send("POST", "api/v2/api-update/objectives", FORM, body).status).isEqualTo(400);
      assertThat(wire.send("POST", "api/v2/api-update/keyResults", TEXT, body).status).isEqualTo(400);
      assertThat(wire.send("POST", "api/v2/api-update/objectives", JSON, body).status).isEqualTo(201);
    }
  }

  @Test
  void ogsmRefusesACreateNotSentAsJsonWith400() {
    String body = "{\"goal_report\":{\"goal\":{\"id\":123},\"at\":\"2024-10-09\",\"current_value\":45.6}}";
    String basic = "Basic " + base64(FakeOgsmServer.USERNAME + ":" + FakeOgsmServer.PASSWORD);
    try (Wire wire = new Wire(ogsm.baseUrl(), "Authorization", basic)) {
      assertThat(wire.send("POST", "api/v2/goal_reports.json", FORM, body).status).isEqualTo(400);
      assertThat(wire.send("POST", "api/v2/goal_reports.json", JSON, body).status).isEqualTo(201);
    }
  }

  // ---- Unknown things a write refers to

  @Test
  void gtmhubRefusesAGoalInASessionThatDoesNotExist() {
    int goals = gtmhub.goalCount();
    try (Wire wire = gtmhub()) {
      Wire.Answer created = wire.send("POST", "api/v1/goals", JSON, goal(UNKNOWN_ID));
      Wire.Answer bulk = wire.send("POST", "api/v1/goals/bulk", JSON,
          "[" + goal(FakeGtmhubServer.CURRENT_SESSION_ID) + "," + goal(UNKNOWN_ID) + "]");
      Wire.Answer moved = wire.send("PATCH", "api/v1/goals/" + FakeGtmhubServer.SEEDED_DRAFT_GOAL_ID, JSON,
          "{\"sessionId\":\"" + UNKNOWN_ID + "\"}");

      assertThat(created.status).isEqualTo(400);
      assertThat(created.body).contains("session '" + UNKNOWN_ID + "' not found");
      assertThat(bulk.status).isEqualTo(400);
      assertThat(moved.status).isEqualTo(400);
    }
    assertThat(gtmhub.goalCount()).as("nothing created, not even the valid half of the bulk").isEqualTo(goals);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"name\":\"x\",\"sessionId\":\"" + FakeGtmhubServer.CURRENT_SESSION_ID + "\",\"parentId\":\"" + UNKNOWN_ID + "\"} | parent goal",
        "{\"name\":\"x\",\"sessionId\":\"" + FakeGtmhubServer.CURRENT_SESSION_ID + "\",\"ownerIds\":[\"" + UNKNOWN_ID + "\"]} | owner",
        "{\"name\":\"x\",\"sessionId\":\"" + FakeGtmhubServer.CURRENT_SESSION_ID + "\",\"assignee\":{\"id\":\"" + UNKNOWN_ID + "\"}} | assignee",
      })
  void gtmhubRefusesAGoalReferringToAnUnknownParentOwnerOrAssignee(String body, String what) {
    int goals = gtmhub.goalCount();
    try (Wire wire = gtmhub()) {
      Wire.Answer answer = wire.send("POST", "api/v1/goals", JSON, body);
      assertThat(answer.status).isEqualTo(400);
      assertThat(answer.body).contains(what).contains(UNKNOWN_ID);
    }
    assertThat(gtmhub.goalCount()).isEqualTo(goals);
  }

  @Test
  void jiraAndOgsmAnswer404ForAnUnknownEntityOfAWrite() {
    String basic = "Basic " + base64(FakeOgsmServer.USERNAME + ":" + FakeOgsmServer.PASSWORD);
    try (Wire jiraWire = new Wire(jira.baseUrl(), "API-Token", FakeOkrForJiraServer.API_TOKEN);
        Wire ogsmWire = new Wire(ogsm.baseUrl(), "Authorization", basic)) {
      assertThat(jiraWire.send("POST", "api/v2/api-update/keyResults", JSON, "{\"keyResultId\":\"" + UNKNOWN_ID + "\"}").status)
          .isEqualTo(404);
      assertThat(ogsmWire.send("POST", "api/v2/indicator_reports.json", JSON,
          "{\"indicator_report\":{\"indicator\":{\"id\":999999},\"at\":\"2024-10-09\",\"current_value\":1}}").status)
          .isEqualTo(404);
    }
  }

  // ---- Credentials in the wrong scheme

  @Test
  void gtmhubRefusesItsTokenInAnotherSchemeWith401() {
    try (Wire basic = gtmhub("Basic " + base64(FakeGtmhubServer.TOKEN + ":"));
        Wire bare = gtmhub(FakeGtmhubServer.TOKEN);
        Wire token = gtmhub("Token " + FakeGtmhubServer.TOKEN)) {
      assertThat(basic.get("api/v2/goals").status).isEqualTo(401);
      assertThat(bare.get("api/v2/goals").status).isEqualTo(401);
      assertThat(token.get("api/v2/goals").status).isEqualTo(401);
    }
  }

  @Test
  void jiraRefusesItsTokenAsABearerWith400BecauseTheApiTokenHeaderIsMissing() {
    try (Wire wire = new Wire(jira.baseUrl(), "Authorization", "Bearer " + FakeOkrForJiraServer.API_TOKEN)) {
      assertThat(wire.get("api/v2/api-export/objectives/byIds?objectiveIds=5fda249d289742000406b3e4").status).isEqualTo(400);
    }
  }

  @Test
  void ogsmAndPerformRefuseTheirCredentialsAsABearerWith401() {
    try (Wire ogsmWire = new Wire(ogsm.baseUrl(), "Authorization", "Bearer " + FakeOgsmServer.PASSWORD);
        Wire performWire = new Wire(perform.baseUrl(), "Authorization", "Bearer " + FakePerformServer.API_KEY);
        Wire performToken = new Wire(perform.baseUrl(), "Authorization",
            "Token " + base64(FakePerformServer.USERNAME + ":" + FakePerformServer.API_KEY))) {
      assertThat(ogsmWire.get("api/v2/goals.json").status).isEqualTo(401);
      assertThat(performWire.get("api/v2/goals/").status).isEqualTo(401);
      assertThat(performToken.get("api/v2/goals/").status).isEqualTo(401);
    }
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
