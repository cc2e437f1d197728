package io.okrsdk.perform;

import static io.okrsdk.perform.TestServers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.OkrDecodingException;
import io.okrsdk.core.json.OpenEnum;
import io.okrsdk.core.testsupport.Fixtures;
import io.okrsdk.perform.model.CheckinDetail;
import io.okrsdk.perform.model.CheckinResponse;
import io.okrsdk.perform.model.Goal;
import io.okrsdk.perform.model.GoalUnit;
import io.okrsdk.perform.model.GoalVisibility;
import io.okrsdk.perform.model.RagStatus;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Bodies that differ from the docs' examples: lenient where the docs allow it, strict where they do not. */
class DecodingTest {
  @StartStop final MockWebServer server = new MockWebServer();

  private Goal goal(String body) {
    server.enqueue(json(body));
    try (PerformClient client = TestServers.client(server)) {
      return client.goals().get("580:1");
    }
  }

  private List<Goal> goals(String body) {
    server.enqueue(json(body));
    try (PerformClient client = TestServers.client(server)) {
      return client.goals().list().toList();
    }
  }

  private CheckinDetail checkin(String body) {
    server.enqueue(json(body));
    try (PerformClient client = TestServers.client(server)) {
      return client.checkins().get("580:1");
    }
  }

  @Test
  void unknownRagStatusAndVisibilityAreKeptNotRefused() {
    Goal goal = goal("{\"api_id\":\"580:1\",\"rag_status\":\"PURPLE\",\"goal_visibility\":\"company-only\"}");
    OpenEnum<RagStatus> rag = goal.ragStatus().orElseThrow();
    assertThat(rag.isKnown()).isFalse();
    assertThat(rag.known()).isEmpty();
    assertThat(rag.value()).isEqualTo("PURPLE");
    OpenEnum<GoalVisibility> visibility = goal.visibility().orElseThrow();
    assertThat(visibility.isKnown()).isFalse();
    assertThat(visibility.value()).isEqualTo("company-only");
  }

  @Test
  void everyDocumentedRagStatusAndVisibilityIsKnown() {
    List<Goal> goals =
        goals(
            "{\"count\":3,\"results\":["
                + "{\"api_id\":\"1\",\"rag_status\":\"RED\",\"goal_visibility\":\"public\"},"
                + "{\"api_id\":\"2\",\"rag_status\":\"AMBER\",\"goal_visibility\":\"lineofsight\"},"
                + "{\"api_id\":\"3\",\"rag_status\":\"green\",\"goal_visibility\":\"PUBLIC\"}]}");
    assertThat(goals).extracting(goal -> goal.ragStatus().orElseThrow().known().orElseThrow())
        .containsExactly(RagStatus.RED, RagStatus.AMBER, RagStatus.GREEN);
    assertThat(goals).extracting(goal -> goal.visibility().orElseThrow().known().orElseThrow())
        .containsExactly(GoalVisibility.PUBLIC, GoalVisibility.LINE_OF_SIGHT, GoalVisibility.PUBLIC);
    assertThat(goals.get(2).ragStatus().orElseThrow().value()).isEqualTo("green");
  }

  @Test
  void unitsTellTheirKindAndCurrency() {
    List<Goal> goals =
        goals(
            "{\"count\":5,\"results\":[{\"api_id\":\"1\",\"unit\":\"number\"},{\"api_id\":\"2\",\"unit\":\"bin\"},"
                + "{\"api_id\":\"3\",\"unit\":\"usd\"},{\"api_id\":\"4\",\"unit\":\"eur\"},{\"api_id\":\"5\",\"unit\":\"perc\"}]}");
    assertThat(goals).extracting(goal -> goal.unit().orElseThrow().kind())
        .containsExactly(
            GoalUnit.Kind.NUMBER, GoalUnit.Kind.BINARY, GoalUnit.Kind.CURRENCY, GoalUnit.Kind.CURRENCY,
            GoalUnit.Kind.PERCENTAGE);
    assertThat(goals.get(2).unit().orElseThrow().currency()).contains(Currency.getInstance("USD"));
    assertThat(goals.get(3).unit().orElseThrow().currency()).contains(Currency.getInstance("EUR"));
    assertThat(goals.get(3).unit().orElseThrow().value()).isEqualTo("eur");
  }

  @Test
  void anUnknownCurrencyLikeUnitIsKeptNotRefused() {
    Goal goal = goal("{\"api_id\":\"580:1\",\"unit\":\"xyz\"}");
    GoalUnit unit = goal.unit().orElseThrow();
    assertThat(unit.kind()).isEqualTo(GoalUnit.Kind.UNKNOWN);
    assertThat(unit.isCurrency()).isFalse();
    assertThat(unit.currency()).isEmpty();
    assertThat(unit.value()).isEqualTo("xyz");
  }

  @Test
  void aUnitThatIsNoStringIsADecodingError() {
    server.enqueue(json("{\"count\":1,\"results\":[{\"api_id\":\"1\",\"unit\":42}]}"));
    try (PerformClient client = TestServers.client(server)) {
      assertThatThrownBy(() -> client.goals().list().toList())
          .isInstanceOfSatisfying(
              OkrDecodingException.class, e -> assertThat(e.jsonPath()).contains("$.results[0].unit"));
    }
  }

  // The docs type every field (department "string", is_okr "boolean", ...) yet their own example
  // sends null for documented strings: only the ids are required, everything else may be null.

  @Test
  void nullOptionalFieldsOfAGoalAreEmpty() {
    Goal goal =
        goal(
            "{\"api_id\":\"580:1\",\"title\":null,\"description\":null,\"department\":null,"
                + "\"team_manager_name\":null,\"person_name\":null,\"person_group_name\":null,"
                + "\"responsible_person_name\":null,\"unit\":null,\"baseline_value\":null,\"target_value\":null,"
                + "\"current_value\":null,\"start_date\":null,\"target_date\":null,\"is_complete\":null,"
                + "\"rag_status\":null,\"auto_calculated\":null,\"is_okr\":null,\"goal_weight\":null,"
                + "\"goal_visibility\":null,\"rag_target_based\":null}");
    assertThat(goal).isEqualTo(Goal.builder().apiId("580:1").build());
  }

  @Test
  void absentOptionalFieldsOfAGoalAreEmpty() {
    assertThat(goal("{\"api_id\":\"580:1\"}")).isEqualTo(Goal.builder().apiId("580:1").build());
  }

  @Test
  void nullOptionalFieldsOfACheckinAreEmpty() {
    CheckinDetail checkin =
        checkin(
            "{\"api_id\":\"580:1\",\"deadline_date\":null,\"submission_date\":null,\"overdue\":null,"
                + "\"on_vacation\":null,\"is_adhoc\":null,\"responses\":[{\"api_id\":\"580:r\",\"response_date\":null,"
                + "\"person_name\":null,\"person_api_id\":null,\"person_email\":null,\"person_department\":null,"
                + "\"person_properties\":null}]}");
    assertThat(checkin)
        .isEqualTo(
            CheckinDetail.builder().apiId("580:1").addResponses(CheckinResponse.builder().apiId("580:r").build()).build());
  }

  @Test
  void nullResponsesAreAnEmptyList() {
    assertThat(checkin("{\"api_id\":\"580:1\",\"responses\":null}").responses()).isEmpty();
  }

  @Test
  void unknownFieldsAreIgnored() {
    Goal goal = goal("{\"api_id\":\"580:1\",\"parent\":{\"api_id\":\"580:0\"},\"tags\":[1,2],\"title\":\"t\"}");
    assertThat(goal).isEqualTo(Goal.builder().apiId("580:1").title("t").build());
  }

  @Test
  void decimalsKeepEveryDigitWhetherStringOrNumber() {
    Goal goal =
        goal(
            "{\"api_id\":\"580:1\",\"baseline_value\":\"123456789012345678901234567890.123456789\","
                + "\"target_value\":0.1,\"current_value\":\"-0.0001\"}");
    assertThat(goal.baselineValue()).contains(new BigDecimal("123456789012345678901234567890.123456789"));
    assertThat(goal.targetValue()).contains(new BigDecimal("0.1"));
    assertThat(goal.currentValue()).contains(new BigDecimal("-0.0001"));
  }

  @Test
  void aMissingIdIsADecodingErrorNamingThePlace() {
    server.enqueue(json("{\"count\":2,\"results\":[{\"api_id\":\"580:1\"},{\"title\":\"no id\"}]}"));
    try (PerformClient client = TestServers.client(server)) {
      assertThatThrownBy(() -> client.goals().list().toList())
          .isInstanceOfSatisfying(
              OkrDecodingException.class,
              e -> {
                assertThat(e).hasMessageContaining("apiId");
                // Core reports the path where the object ended (the list index has already moved on).
                assertThat(e.jsonPath()).hasValueSatisfying(path -> assertThat(path).startsWith("$.results["));
              });
    }
  }

  @Test
  void aFieldOfTheWrongTypeIsADecodingErrorWithItsPath() {
    server.enqueue(json("{\"count\":1,\"results\":[{\"api_id\":\"580:1\",\"target_value\":\"a lot\"}]}"));
    try (PerformClient client = TestServers.client(server)) {
      assertThatThrownBy(() -> client.goals().list().toList())
          .isInstanceOfSatisfying(
              OkrDecodingException.class, e -> assertThat(e.jsonPath()).contains("$.results[0].target_value"));
    }
  }

  @Test
  void aBadDateIsADecodingError() {
    server.enqueue(json("{\"api_id\":\"580:1\",\"deadline_date\":\"12/04/2025\"}"));
    try (PerformClient client = TestServers.client(server)) {
      assertThatThrownBy(() -> client.checkins().get("580:1"))
          .isInstanceOfSatisfying(
              OkrDecodingException.class, e -> assertThat(e.jsonPath()).contains("$.deadline_date"));
    }
  }

  @Test
  void malformedBodiesAreDecodingErrors() {
    server.enqueue(json("{\"api_id\": 580:1}"));
    server.enqueue(json("<html><body>Bad gateway</body></html>"));
    server.enqueue(json("[]"));
    server.enqueue(json(""));
    server.enqueue(json("{\"api_id\":\"580:1\"} trailing"));
    try (PerformClient client = TestServers.client(server)) {
      for (int i = 0; i < 5; i++) {
        assertThatThrownBy(() -> client.goals().get("580:1")).isInstanceOf(OkrDecodingException.class);
      }
    }
    assertThat(server.getRequestCount()).isEqualTo(5);
  }

  @Test
  void truncatedBodiesAreDecodingErrors() {
    String goals = Fixtures.read("perform/goals.json");
    String checkin = Fixtures.read("perform/checkin.json");
    server.enqueue(json(goals.substring(0, goals.length() / 2)));
    server.enqueue(json(checkin.substring(0, checkin.indexOf("\"responses\"") + 14)));
    try (PerformClient client = TestServers.client(server)) {
      assertThatThrownBy(() -> client.goals().list().toList()).isInstanceOf(OkrDecodingException.class);
      assertThatThrownBy(() -> client.checkins().get(DocsExamples.CHECKIN_ID)).isInstanceOf(OkrDecodingException.class);
    }
  }

  @Test
  void aNullBodyIsADecodingError() {
    server.enqueue(json("null"));
    server.enqueue(json("null"));
    server.enqueue(json("null"));
    try (PerformClient client = TestServers.client(server)) {
      assertThatThrownBy(() -> client.goals().get("580:1")).isInstanceOf(OkrDecodingException.class);
      assertThatThrownBy(() -> client.goals().list().toList()).isInstanceOf(OkrDecodingException.class);
      assertThatThrownBy(() -> client.checkins().get("580:1")).isInstanceOf(OkrDecodingException.class);
    }
  }

  @Test
  void aListWithoutCountIsADecodingError() {
    server.enqueue(json("{\"next\":null,\"results\":[]}"));
    try (PerformClient client = TestServers.client(server)) {
      assertThatThrownBy(() -> client.checkins().list().toList())
          .isInstanceOf(OkrDecodingException.class)
          .hasMessageContaining("count");
    }
  }
}
