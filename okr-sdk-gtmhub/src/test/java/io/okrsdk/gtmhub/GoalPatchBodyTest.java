package io.okrsdk.gtmhub;

import static io.okrsdk.gtmhub.TestClients.GOAL_ID;
import static io.okrsdk.gtmhub.TestClients.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.json.OpenEnum;
import io.okrsdk.gtmhub.model.Assignee;
import io.okrsdk.gtmhub.model.AttainmentType;
import io.okrsdk.gtmhub.model.GoalPatch;
import io.okrsdk.gtmhub.model.Tag;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A patch with one attribute set sends a body with exactly that one field, whichever it is. */
class GoalPatchBodyTest {
  private static final OffsetDateTime MIDNIGHT = OffsetDateTime.of(2021, 4, 1, 0, 0, 0, 0, ZoneOffset.ofHours(3));

  @StartStop private final MockWebServer server = new MockWebServer();
  private GtmhubClient client;

  @BeforeEach
  void setUp() {
    client = TestClients.client(server);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  static Stream<Arguments> singleFieldPatches() {
    return Stream.of(
        Arguments.of(GoalPatch.builder().name("n").build(), "{\"name\":\"n\"}"),
        Arguments.of(GoalPatch.builder().description("").build(), "{\"description\":\"\"}"),
        Arguments.of(GoalPatch.builder().sessionId("s2").build(), "{\"sessionId\":\"s2\"}"),
        Arguments.of(GoalPatch.builder().ownerIds(List.of("o1", "o2")).build(), "{\"ownerIds\":[\"o1\",\"o2\"]}"),
        Arguments.of(GoalPatch.builder().parentId("p1").build(), "{\"parentId\":\"p1\"}"),
        Arguments.of(GoalPatch.builder().dateFrom(MIDNIGHT).build(), "{\"dateFrom\":\"2021-04-01T00:00:00+03:00\"}"),
        Arguments.of(GoalPatch.builder().dateTo(MIDNIGHT).build(), "{\"dateTo\":\"2021-04-01T00:00:00+03:00\"}"),
        Arguments.of(
            GoalPatch.builder().attainmentType(OpenEnum.of(AttainmentType.AVERAGE_KR)).build(),
            "{\"attainmentTypeString\":\"average_kr\"}"),
        Arguments.of(
            GoalPatch.builder().attainmentType(OpenEnum.of(AttainmentType.class, "weighted_kr")).build(),
            "{\"attainmentTypeString\":\"weighted_kr\"}"),
        Arguments.of(GoalPatch.builder().tags(List.of(Tag.of("a"))).build(), "{\"tags\":[{\"title\":\"a\"}]}"),
        Arguments.of(GoalPatch.builder().customFields(Map.of("k", "v")).build(), "{\"customFields\":{\"k\":\"v\"}}"),
        Arguments.of(GoalPatch.builder().assignee(Assignee.builder().id("u1").build()).build(), "{\"assignee\":{\"id\":\"u1\"}}"));
  }

  static Stream<Arguments> clearingPatches() {
    return Stream.of(
        Arguments.of(GoalPatch.builder().clearName().build(), "{\"name\":null}"),
        Arguments.of(GoalPatch.builder().clearDescription().build(), "{\"description\":null}"),
        Arguments.of(GoalPatch.builder().clearSessionId().build(), "{\"sessionId\":null}"),
        Arguments.of(GoalPatch.builder().clearOwnerIds().build(), "{\"ownerIds\":null}"),
        Arguments.of(GoalPatch.builder().clearParentId().build(), "{\"parentId\":null}"),
        Arguments.of(GoalPatch.builder().clearDateFrom().build(), "{\"dateFrom\":null}"),
        Arguments.of(GoalPatch.builder().clearDateTo().build(), "{\"dateTo\":null}"),
        Arguments.of(GoalPatch.builder().clearAttainmentType().build(), "{\"attainmentTypeString\":null}"),
        Arguments.of(GoalPatch.builder().clearTags().build(), "{\"tags\":null}"),
        Arguments.of(GoalPatch.builder().clearCustomFields().build(), "{\"customFields\":null}"),
        Arguments.of(GoalPatch.builder().clearAssignee().build(), "{\"assignee\":null}"),
        Arguments.of(GoalPatch.builder().clearCustomField("clearMe").build(), "{\"customFields\":{\"clearMe\":null}}"));
  }

  @ParameterizedTest
  @MethodSource("clearingPatches")
  void sendsAnExplicitNullForEachClearedField(GoalPatch patch, String expectedBody) throws Exception {
    server.enqueue(json(200, "{\"id\":\"" + GOAL_ID + "\"}"));

    assertThat(patch.isEmpty()).isFalse();
    client.goals().update(GOAL_ID, patch);

    assertThat(server.takeRequest().getBody().utf8()).isEqualTo(expectedBody);
  }

  @Test
  void mixesValuesNullsAndCustomFieldEntriesInOneBody() throws Exception {
    server.enqueue(json(200, "{\"id\":\"" + GOAL_ID + "\"}"));

    client.goals().update(
        GOAL_ID,
        GoalPatch.builder()
            .name("Grow revenue")
            .clearParentId()
            .customField("region", "EMEA")
            .clearCustomField("budget")
            .customField("score", 3)
            .build());

    assertThat(server.takeRequest().getBody().utf8())
        .isEqualTo("{\"name\":\"Grow revenue\",\"parentId\":null,"
            + "\"customFields\":{\"region\":\"EMEA\",\"budget\":null,\"score\":3}}");
  }

  @Test
  void theLastCallForAFieldWins() {
    GoalPatch cleared = GoalPatch.builder().description("d").clearDescription().build();
    GoalPatch set = GoalPatch.builder().clearDescription().description("d").build();
    GoalPatch entries = GoalPatch.builder().clearCustomFields().customField("k", "v").build();

    assertThat(cleared.clearedFields()).containsExactly(GoalPatch.Field.DESCRIPTION);
    assertThat(cleared.description()).isEmpty();
    assertThat(set.clearedFields()).isEmpty();
    assertThat(set.description()).hasValue("d");
    assertThat(entries.clearedFields()).isEmpty();
    assertThat(entries.customFields()).containsExactly(Map.entry("k", "v"));
  }

  @Test
  void aNullValueIsRefusedWithTheMethodThatClears() {
    String noDescription = null;
    Map<String, Object> withNull = new HashMap<>();
    withNull.put("clearMe", null);

    assertThatThrownBy(() -> GoalPatch.builder().description(noDescription))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("clearDescription()");
    assertThatThrownBy(() -> GoalPatch.builder().parentId(null)).hasMessageContaining("clearParentId()");
    assertThatThrownBy(() -> GoalPatch.builder().customFields(withNull))
        .hasMessageContaining("clearCustomField(\"clearMe\")");
    assertThatThrownBy(() -> GoalPatch.builder().clearCustomField(""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void patchesWithTheSameStatesAreEqual() {
    assertThat(GoalPatch.builder().name("n").clearParentId().build())
        .isEqualTo(GoalPatch.builder().clearParentId().name("n").build())
        .hasSameHashCodeAs(GoalPatch.builder().clearParentId().name("n").build())
        .isNotEqualTo(GoalPatch.builder().name("n").build())
        .hasToString("GoalPatch{name=n, parentId=null}");
  }

  @ParameterizedTest
  @MethodSource("singleFieldPatches")
  void sendsExactlyTheFieldThatWasSet(GoalPatch patch, String expectedBody) throws Exception {
    server.enqueue(json(200, "{\"id\":\"" + GOAL_ID + "\"}"));

    assertThat(patch.isEmpty()).isFalse();
    client.goals().update(GOAL_ID, patch);

    assertThat(server.takeRequest().getBody().utf8()).isEqualTo(expectedBody);
  }
}
