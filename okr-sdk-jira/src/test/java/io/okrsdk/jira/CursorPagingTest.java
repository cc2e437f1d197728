package io.okrsdk.jira;

import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.core.json.OpenEnum;
import io.okrsdk.core.testsupport.Fixtures;
import io.okrsdk.core.testsupport.RecordingSleeper;
import io.okrsdk.jira.model.CommentPage;
import io.okrsdk.jira.model.OkrStatus;
import io.okrsdk.jira.model.OkrUpdate;
import io.okrsdk.jira.model.UpdateComment;
import io.okrsdk.jira.model.UpdatePage;
import io.okrsdk.jira.model.UpdateSource;
import io.okrsdk.jira.query.UpdateCommentQuery;
import io.okrsdk.jira.query.UpdateHistoryQuery;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The update history and its comments, paged by nextCursor. */
class CursorPagingTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private OkrForJiraClient client;

  @BeforeEach
  void setUp() {
    client = TestClients.forServer(server, new RecordingSleeper());
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static String updates(String cursor, String... updateIds) {
    StringBuilder json = new StringBuilder("{\"updates\":[");
    for (int i = 0; i < updateIds.length; i++) {
      json.append(i == 0 ? "" : ",").append("{\"updateId\":\"").append(updateIds[i]).append("\"}");
    }
    return json.append("],\"nextCursor\":").append(cursor == null ? "null" : "\"" + cursor + "\"").append('}').toString();
  }

  private static List<String> ids(List<OkrUpdate> updates) {
    return updates.stream().map(update -> update.updateId().orElseThrow()).collect(java.util.stream.Collectors.toList());
  }

  @Test
  void theHistoryFollowsNextCursorUntilItIsNull() throws Exception {
    server.enqueue(TestClients.json(updates("c+1/=", "u1", "u2")));
    server.enqueue(TestClients.json(updates("c2", "u3")));
    server.enqueue(TestClients.json(updates(null, "u4")));
    UpdateHistoryQuery query =
        UpdateHistoryQuery.builder()
            .entityId("5fda249d289742000406b3e4")
            .pageSize(2)
            .laterThan(Instant.ofEpochMilli(1609459200000L))
            .earlierThan(Instant.ofEpochMilli(1617235199999L))
            .build();

    List<OkrUpdate> all = client.updates().history(query).toList();

    assertThat(ids(all)).containsExactly("u1", "u2", "u3", "u4");
    assertThat(server.getRequestCount()).isEqualTo(3);
    RecordedRequest first = server.takeRequest();
    assertThat(first.getMethod()).isEqualTo("GET");
    assertThat(first.getHeaders().get("API-Token")).isEqualTo(TestClients.TOKEN);
    assertThat(first.getTarget())
        .isEqualTo(
            "/api/v2/api-export/updates?entityId=5fda249d289742000406b3e4&pageSize=2"
                + "&laterThan=1609459200000&earlierThan=1617235199999");
    HttpUrl second = server.takeRequest().getUrl();
    assertThat(second.queryParameter("cursor")).isEqualTo("c+1/=");
    assertThat(second.encodedQuery()).contains("cursor=c%2B1%2F%3D");
    assertThat(second.queryParameter("entityId")).isEqualTo("5fda249d289742000406b3e4");
    assertThat(second.queryParameter("pageSize")).isEqualTo("2");
    assertThat(second.queryParameter("laterThan")).isEqualTo("1609459200000");
    assertThat(server.takeRequest().getUrl().queryParameter("cursor")).isEqualTo("c2");
  }

  @Test
  void aRepeatedCursorEndsTheListing() {
    server.enqueue(TestClients.json(updates("same", "u1")));
    server.enqueue(TestClients.json(updates("same", "u2")));
    server.enqueue(TestClients.json(updates("same", "u3")));

    assertThat(ids(client.updates().history(UpdateHistoryQuery.all()).toList())).containsExactly("u1", "u2");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aBlankCursorOrAnEmptyPageEndsTheListing() {
    server.enqueue(TestClients.json(updates("", "u1")));
    assertThat(ids(client.updates().history(UpdateHistoryQuery.all()).toList())).containsExactly("u1");

    server.enqueue(TestClients.json(updates("next")));
    assertThat(client.updates().history(UpdateHistoryQuery.all()).toList()).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void nothingIsFetchedBeforeIterationAndLimitStopsEarly() {
    server.enqueue(TestClients.json(updates("c1", "u1", "u2")));
    server.enqueue(TestClients.json(updates("c2", "u3", "u4")));

    var listing = client.updates().history(UpdateHistoryQuery.forEntity("e1"));
    assertThat(server.getRequestCount()).isZero();

    assertThat(ids(listing.limit(2).toList())).containsExactly("u1", "u2");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void historyEntriesHaveEveryField() throws Exception {
    server.enqueue(TestClients.json(Fixtures.read("jira/updates-page.json")));

    UpdatePage page = client.updates().historyPage(UpdateHistoryQuery.all(), null);

    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v2/api-export/updates");
    assertThat(page.nextCursor()).contains("c2");
    OkrUpdate first = page.updates().get(0);
    assertThat(first.updateId()).contains("61c993aaa0fd9b768a0fb47d");
    assertThat(first.entityId()).contains("5fda249d289742000406b3e5");
    assertThat(first.status()).contains(OpenEnum.of(OkrStatus.AT_RISK));
    assertThat(first.displayedStatus()).contains("At Risk");
    assertThat(first.created()).contains(OffsetDateTime.of(2021, 12, 27, 10, 21, 30, 0, ZoneOffset.UTC));
    assertThat(first.value()).contains(0.0);
    assertThat(first.description()).contains("Waiting for data");
    assertThat(first.startValue()).contains(0.0);
    assertThat(first.desiredValue()).contains(22.0);
    assertThat(first.source()).contains(OpenEnum.of(UpdateSource.MANUAL));
    OkrUpdate second = page.updates().get(1);
    assertThat(second.status()).contains(OpenEnum.of(OkrStatus.ON_TRACK));
    assertThat(second.status().orElseThrow().value()).isEqualTo("ON TRACK");
    assertThat(second.value()).isEmpty();
    assertThat(second.startValue()).isEmpty();
    assertThat(second.source().orElseThrow().isKnown()).isFalse();
    assertThat(second.source().orElseThrow().value()).isEqualTo("WEBHOOK");
  }

  @Test
  void historyPageAsyncSendsTheCursor() throws Exception {
    server.enqueue(TestClients.json(updates(null, "u9")));

    UpdatePage page = client.updates().historyPageAsync(UpdateHistoryQuery.forEntity("e1"), "abc").get();

    assertThat(ids(page.updates())).containsExactly("u9");
    assertThat(page.nextCursor()).isEmpty();
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v2/api-export/updates?entityId=e1&cursor=abc");
  }

  @Test
  void commentsRepeatUpdateIdAndFollowTheCursor() throws Exception {
    server.enqueue(TestClients.json("{\"comments\":[{\"commentId\":\"c1\"}],\"nextCursor\":\"k2\"}"));
    server.enqueue(TestClients.json(Fixtures.read("jira/comments-page.json")));
    UpdateCommentQuery query =
        UpdateCommentQuery.builder()
            .addUpdateIds("61c993aaa0fd9b768a0fb47d")
            .addAllUpdateIds(List.of("61c993aaa0fd9b768a0fb47e", "61c993aaa0fd9b768a0fb47d"))
            .pageSize(50)
            .laterThan(Instant.ofEpochMilli(5))
            .earlierThan(Instant.ofEpochMilli(6))
            .build();

    List<UpdateComment> comments = client.updates().comments(query).toList();

    assertThat(comments).extracting(UpdateComment::commentId)
        .containsExactly("c1", "64a000000000000000000001", "64a000000000000000000002");
    RecordedRequest first = server.takeRequest();
    assertThat(first.getMethod()).isEqualTo("GET");
    assertThat(first.getHeaders().get("API-Token")).isEqualTo(TestClients.TOKEN);
    assertThat(first.getTarget())
        .isEqualTo(
            "/api/v2/api-export/updateComments?updateId=61c993aaa0fd9b768a0fb47d&updateId=61c993aaa0fd9b768a0fb47e"
                + "&pageSize=50&laterThan=5&earlierThan=6");
    HttpUrl second = server.takeRequest().getUrl();
    assertThat(second.queryParameterValues("updateId"))
        .containsExactly("61c993aaa0fd9b768a0fb47d", "61c993aaa0fd9b768a0fb47e");
    assertThat(second.queryParameter("cursor")).isEqualTo("k2");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void commentsHaveEveryField() throws Exception {
    server.enqueue(TestClients.json(Fixtures.read("jira/comments-page.json")));

    CommentPage page = client.updates().commentsPageAsync(UpdateCommentQuery.forUpdates("61c993aaa0fd9b768a0fb47d"), null).get();

    assertThat(server.takeRequest().getTarget())
        .isEqualTo("/api/v2/api-export/updateComments?updateId=61c993aaa0fd9b768a0fb47d");
    assertThat(page.nextCursor()).isEmpty();
    UpdateComment first = page.comments().get(0);
    assertThat(first.commentId()).isEqualTo("64a000000000000000000001");
    assertThat(first.updateId()).contains("61c993aaa0fd9b768a0fb47d");
    assertThat(first.text()).contains("Can we get the data sooner?");
    assertThat(first.authorAccountId()).contains("5c12ad9fd3af3b1ccfecbf55");
    assertThat(first.replyToCommentId()).isEmpty();
    assertThat(first.created()).contains(OffsetDateTime.of(2021, 12, 27, 11, 0, 0, 0, ZoneOffset.UTC));
    assertThat(first.lastEdited()).isEmpty();
    UpdateComment reply = page.comments().get(1);
    assertThat(reply.replyToCommentId()).contains("64a000000000000000000001");
    assertThat(reply.lastEdited()).contains(OffsetDateTime.of(2021, 12, 27, 12, 5, 0, 0, ZoneOffset.UTC));
  }

  @Test
  void allCommentsSendNoUpdateId() throws Exception {
    server.enqueue(TestClients.json("{\"comments\":[]}"));

    assertThat(client.updates().commentsPage(UpdateCommentQuery.all(), null).comments()).isEmpty();

    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v2/api-export/updateComments");
  }
}
