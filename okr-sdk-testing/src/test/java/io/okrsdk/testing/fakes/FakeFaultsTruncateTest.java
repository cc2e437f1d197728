package io.okrsdk.testing.fakes;

import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.testing.FakeGtmhubServer;
import io.okrsdk.testing.FakeOgsmServer;
import io.okrsdk.testing.FakePerformServer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code truncateNext} does what its Javadoc says: it cuts successful answers, keeping their
 * status, and leaves error answers alone, so a test of "not found" still sees its 404.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FakeFaultsTruncateTest {
  private static final String UNKNOWN_ID = "64b7f3a2c9e1d40001a7ffff";

  @RegisterExtension final FakeGtmhubServer gtmhub = new FakeGtmhubServer();
  @RegisterExtension final FakePerformServer perform = new FakePerformServer();
  @RegisterExtension final FakeOgsmServer ogsm = new FakeOgsmServer();

  private Wire gtmhubWire() {
    return new Wire(gtmhub.apiBaseUrl(), "Authorization", "Bearer " + FakeGtmhubServer.TOKEN,
        "gtmhub-accountId", FakeGtmhubServer.ACCOUNT_ID);
  }

  @Test
  void anErrorAnswerPassesWholeAndTheNextSuccessfulAnswerIsCut() {
    try (Wire wire = gtmhubWire()) {
      String whole = wire.get("api/v1/goals/" + FakeGtmhubServer.SEEDED_DRAFT_GOAL_ID).body;
      gtmhub.faults().truncateNext(1);

      Wire.Answer notFound = wire.get("api/v1/goals/" + UNKNOWN_ID);
      Wire.Answer cut = wire.get("api/v1/goals/" + FakeGtmhubServer.SEEDED_DRAFT_GOAL_ID);
      Wire.Answer after = wire.get("api/v1/goals/" + FakeGtmhubServer.SEEDED_DRAFT_GOAL_ID);

      assertThat(notFound.status).isEqualTo(404);
      assertThat(notFound.body).isEqualTo("{\"error\":\"goal '" + UNKNOWN_ID + "' not found\",\"statusCode\":404}");
      assertThat(cut.status).isEqualTo(200);
      assertThat(cut.body).isEqualTo(whole.substring(0, whole.length() / 2));
      assertThat(after.body).as("one fault, one cut answer").isEqualTo(whole);
    }
  }

  @Test
  void aCutAnswerKeepsItsStatus() {
    gtmhub.faults().truncateNext(1);
    try (Wire wire = gtmhubWire()) {
      Wire.Answer created = wire.send("POST", "api/v1/goals", "application/json",
          "{\"name\":\"Cut\",\"sessionId\":\"" + FakeGtmhubServer.CURRENT_SESSION_ID + "\"}");

      assertThat(created.status).isEqualTo(201);
      assertThat(created.body).startsWith("{\"id\":").doesNotEndWith("}");
    }
  }

  @Test
  void anAnswerWithoutABodyPassesAndDoesNotCount() {
    try (Wire wire = gtmhubWire()) {
      gtmhub.faults().truncateNext(1);

      Wire.Answer deleted = wire.send("DELETE", "api/v1/goals/" + FakeGtmhubServer.SEEDED_DRAFT_GOAL_ID, null, null);
      Wire.Answer cut = wire.get("api/v2/goals?limit=1");

      assertThat(deleted.status).isEqualTo(200);
      assertThat(deleted.body).isEmpty();
      assertThat(cut.status).isEqualTo(200);
      assertThat(cut.body).doesNotEndWith("}");
    }
  }

  @Test
  void performAndOgsmLeaveTheir404AndCutTheNextList() {
    String basic = "Basic " + Base64.getEncoder().encodeToString(
        (FakeOgsmServer.USERNAME + ":" + FakeOgsmServer.PASSWORD).getBytes(StandardCharsets.UTF_8));
    String performBasic = "Basic " + Base64.getEncoder().encodeToString(
        (FakePerformServer.USERNAME + ":" + FakePerformServer.API_KEY).getBytes(StandardCharsets.UTF_8));
    perform.faults().truncateNext(1);
    ogsm.faults().truncateNext(1);
    try (Wire performWire = new Wire(perform.baseUrl(), "Authorization", performBasic);
        Wire ogsmWire = new Wire(ogsm.baseUrl(), "Authorization", basic)) {
      assertThat(performWire.get("api/v2/goals/580%3Aunknown/").toString()).isEqualTo("404 {\"detail\":\"Not found.\"}");
      assertThat(ogsmWire.get("api/v2/nothing.json").status).isEqualTo(404);

      assertThat(performWire.get("api/v2/goals/").body).startsWith("{").doesNotEndWith("}");
      assertThat(ogsmWire.get("api/v2/goals.json").body).startsWith("[").doesNotEndWith("]");
    }
  }
}
