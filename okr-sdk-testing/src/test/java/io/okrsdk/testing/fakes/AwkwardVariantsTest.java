package io.okrsdk.testing.fakes;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.okrsdk.testing.Awkward;
import io.okrsdk.testing.FakeGtmhubServer;
import io.okrsdk.testing.FakeOgsmServer;
import io.okrsdk.testing.FakeOkrForJiraServer;
import io.okrsdk.testing.FakePerformServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each fake serves each awkward variant it documents, checked on the raw answer (plain OkHttp and
 * JSON maps, no SDK decoding): what a user's code would meet from an awkward server.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class AwkwardVariantsTest {
  private static final JsonAdapter<Object> JSON = new Moshi.Builder().build().adapter(Object.class);
  private static final String Q1_2021 = "startDateEpochMilli=1609459200000&deadlineEpochMilli=1617235199000";

  @RegisterExtension final FakePerformServer perform = new FakePerformServer();
  @RegisterExtension final FakeOgsmServer ogsm = new FakeOgsmServer();
  @RegisterExtension final FakeGtmhubServer gtmhub = new FakeGtmhubServer();
  @RegisterExtension final FakeOkrForJiraServer jira = new FakeOkrForJiraServer();

  private final Wire performWire =
      new Wire(perform.baseUrl(), "Authorization", basic(FakePerformServer.USERNAME, FakePerformServer.API_KEY));
  private final Wire ogsmWire = new Wire(ogsm.baseUrl(), "Authorization", basic(FakeOgsmServer.USERNAME, FakeOgsmServer.PASSWORD));
  private final Wire gtmhubWire = new Wire(gtmhub.apiBaseUrl(), "Authorization", "Bearer " + FakeGtmhubServer.TOKEN,
      "gtmhub-accountId", FakeGtmhubServer.ACCOUNT_ID);
  private final Wire jiraWire = new Wire(jira.baseUrl(), "API-Token", FakeOkrForJiraServer.API_TOKEN);

  @AfterEach
  void closeWires() {
    for (Wire wire : List.of(performWire, ogsmWire, gtmhubWire, jiraWire)) {
      wire.close();
    }
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static Object json(Wire.Answer answer) {
    assertThat(answer.status).as("%s", answer).isBetween(200, 299);
    return parse(answer.body);
  }

  private static Object parse(String text) {
    try {
      return JSON.fromJson(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }


  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object json) {
    assertThat(json).isInstanceOf(Map.class);
    return (Map<String, Object>) json;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> array(Object json) {
    assertThat(json).isInstanceOf(List.class);
    return (List<Object>) json;
  }

  private static Map<String, Object> first(Object list) {
    return object(array(list).get(0));
  }

  private String performGoal() {
    return "api/v2/goals/" + FakePerformServer.EXAMPLE_GOAL_ID.replace(":", "%3A") + "/";
  }

  private String gtmhubGoal() {
    return "api/v1/goals/" + FakeGtmhubServer.SEEDED_APPROVED_GOAL_ID;
  }

  @Test
  void extraFieldsAppearInEveryObjectAndEveryOtherValueStaysAsItWas() {
    String plain = ogsmWire.get("api/v2/goals.json").body;
    perform.awkward(Awkward.EXTRA_FIELDS);
    ogsm.awkward(Awkward.EXTRA_FIELDS);
    gtmhub.awkward(Awkward.EXTRA_FIELDS);
    jira.awkward(Awkward.EXTRA_FIELDS);

    Map<String, Object> page = object(json(performWire.get("api/v2/goals/")));
    assertThat(page).containsKey(Awkward.EXTRA_FIELD);
    assertThat(first(page.get("results"))).containsKey(Awkward.EXTRA_FIELD);
    assertThat(object(json(gtmhubWire.get("api/v2/goals?limit=2")))).containsKey(Awkward.EXTRA_FIELD);
    assertThat(first(object(json(jiraWire.get("api/v2/api-export/objectives/byDate?" + Q1_2021))).get("okrs")))
        .containsKey(Awkward.EXTRA_FIELD);
    String awkward = ogsmWire.get("api/v2/goals.json").body;
    assertThat(first(parse(awkward))).containsKey(Awkward.EXTRA_FIELD);
    assertThat(awkward).contains("\"id\":123,").contains("\"row_order\":91");
    assertThat(plain).doesNotContain(Awkward.EXTRA_FIELD);
  }

  @Test
  void otherTypeServesAStringWhereTheModelHasAnObjectOrBoolean() {
    perform.awkward(Awkward.OTHER_TYPE);
    ogsm.awkward(Awkward.OTHER_TYPE);
    gtmhub.awkward(Awkward.OTHER_TYPE);
    jira.awkward(Awkward.OTHER_TYPE);

    assertThat(object(json(performWire.get(performGoal()))).get("is_complete")).isEqualTo("false");
    assertThat(first(json(ogsmWire.get("api/v2/goals.json"))).get("assignee")).isEqualTo("Firstname Lastname");
    assertThat(object(json(gtmhubWire.get(gtmhubGoal()))).get("closedStatus")).isEqualTo("open");
    List<Object> keyResults =
        array(object(json(jiraWire.get("api/v2/api-export/objectives/byDate?expand=KEY_RESULTS&" + Q1_2021))).get("krs"));
    assertThat(keyResults).isNotEmpty().allSatisfy(kr -> assertThat(object(kr).get("currentProgressDefinition")).isInstanceOf(String.class));
  }

  @Test
  void fractionForIntegerServesAFractionWhereTheModelHasAnInteger() {
    perform.awkward(Awkward.FRACTION_FOR_INTEGER);
    ogsm.awkward(Awkward.FRACTION_FOR_INTEGER);
    gtmhub.awkward(Awkward.FRACTION_FOR_INTEGER);

    assertThat(object(json(performWire.get(performGoal()))).get("goal_weight")).isEqualTo(2.5);
    Map<String, Object> canvas = first(first(json(ogsmWire.get("api/v2/goals.json"))).get("ogsm_canvases"));
    assertThat(canvas.get("row_order")).isEqualTo(91.5);
    List<Object> metrics = array(object(json(gtmhubWire.get(gtmhubGoal()))).get("metrics"));
    assertThat(metrics).isNotEmpty().allSatisfy(metric -> {
      double fractionSize = ((Number) object(object(metric).get("format")).get("fractionSize")).doubleValue();
      assertThat(fractionSize % 1).isEqualTo(0.5);
    });
  }

  @Test
  void missingOptionalLeavesTheFieldOut() {
    perform.awkward(Awkward.MISSING_OPTIONAL);
    ogsm.awkward(Awkward.MISSING_OPTIONAL);
    gtmhub.awkward(Awkward.MISSING_OPTIONAL);
    jira.awkward(Awkward.MISSING_OPTIONAL);

    assertThat(object(json(performWire.get(performGoal())))).containsKey("goal_weight").doesNotContainKey("rag_status");
    assertThat(array(json(ogsmWire.get("api/v2/goal_reports.json"))))
        .isNotEmpty().allSatisfy(measurement -> assertThat(object(measurement)).containsKey("id").doesNotContainKey("at"));
    assertThat(array(object(json(gtmhubWire.get("api/v2/goals"))).get("items")))
        .isNotEmpty().allSatisfy(goal -> assertThat(object(goal)).containsKey("id").doesNotContainKey("dateCreated"));
    assertThat(first(object(json(jiraWire.get("api/v2/api-export/objectives/byDate?" + Q1_2021))).get("okrs")))
        .containsKey("id").doesNotContainKey("latestUpdate");
  }

  @Test
  void bareArrayServesTheItemsWithoutTheEnvelopeWhereTheDocsShowNoBody() {
    gtmhub.awkward(Awkward.BARE_ARRAY);

    assertThat(array(json(gtmhubWire.get(gtmhubGoal() + "/workflow-actions")))).isNotEmpty();
    assertThat(array(json(gtmhubWire.get("api/v1/goals/groupBy/owners")))).isNotEmpty();
    assertThat(array(json(gtmhubWire.get("api/v1/goals/metric/" + FakeGtmhubServer.USER_ID)))).isNotEmpty();
    Wire.Answer bulk = gtmhubWire.send("POST", "api/v1/goals/bulk", "application/json",
        "[{\"name\":\"Bulk\",\"sessionId\":\"" + FakeGtmhubServer.CURRENT_SESSION_ID + "\"}]");
    assertThat(first(json(bulk))).containsEntry("name", "Bulk");
    assertThat(object(json(gtmhubWire.get("api/v2/goals")))).as("documented envelope kept").containsKeys("items", "totalCount");
  }

  @Test
  void wrappedObjectServesASingleObjectUnderOneKey() {
    gtmhub.awkward(Awkward.WRAPPED_OBJECT);
    ogsm.awkward(Awkward.WRAPPED_OBJECT);

    Map<String, Object> wrapped = object(json(gtmhubWire.get(gtmhubGoal())));
    assertThat(wrapped).containsOnlyKeys("data");
    assertThat(object(wrapped.get("data"))).containsEntry("id", FakeGtmhubServer.SEEDED_APPROVED_GOAL_ID);
    Wire.Answer created = ogsmWire.send("POST", "api/v2/goal_reports.json", "application/json",
        "{\"goal_report\":{\"goal\":{\"id\":123},\"at\":\"2024-10-09\",\"current_value\":45.6}}");
    assertThat(created.status).isEqualTo(201);
    assertThat(object(object(json(created)).get("goal_report"))).containsKeys("id", "at");
    assertThat(object(json(gtmhubWire.get("api/v2/goals")))).as("a list is not wrapped").containsKeys("items", "totalCount");
  }

  @Test
  void errorsAreServedAsWithoutTheSwitchAndSwitchingOffRestoresTheDocumentedShape() {
    String documented = gtmhubWire.get(gtmhubGoal()).body;
    String notFound = gtmhubWire.get("api/v1/goals/64b7f3a2c9e1d40001a7ffff").body;
    gtmhub.awkward(Awkward.values());

    assertThat(gtmhub.awkwardVariants()).containsExactlyInAnyOrder(Awkward.values());
    assertThat(gtmhubWire.get("api/v1/goals/64b7f3a2c9e1d40001a7ffff").toString()).isEqualTo("404 " + notFound);
    assertThat(gtmhubWire.get(gtmhubGoal()).body).isNotEqualTo(documented);

    gtmhub.awkward();
    assertThat(gtmhubWire.get(gtmhubGoal()).body).isEqualTo(documented);
  }
}
