package io.okrsdk.gtmhub;

import static io.okrsdk.gtmhub.TestClients.GOAL_ID;
import static io.okrsdk.gtmhub.TestClients.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.core.json.OpenEnum;
import io.okrsdk.gtmhub.model.Assignee;
import io.okrsdk.gtmhub.model.AttainmentType;
import io.okrsdk.gtmhub.model.GoalPatch;
import io.okrsdk.gtmhub.model.Tag;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

  @ParameterizedTest
  @MethodSource("singleFieldPatches")
  void sendsExactlyTheFieldThatWasSet(GoalPatch patch, String expectedBody) throws Exception {
    server.enqueue(json(200, "{\"id\":\"" + GOAL_ID + "\"}"));

    assertThat(patch.isEmpty()).isFalse();
    client.goals().update(GOAL_ID, patch);

    assertThat(server.takeRequest().getBody().utf8()).isEqualTo(expectedBody);
  }
}
