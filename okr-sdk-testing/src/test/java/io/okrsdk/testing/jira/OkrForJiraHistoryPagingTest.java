package io.okrsdk.testing.jira;

import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.core.paging.Page;
import io.okrsdk.jira.OkrForJiraClient;
import io.okrsdk.jira.query.UpdateCommentQuery;
import io.okrsdk.jira.query.UpdateHistoryQuery;
import io.okrsdk.jira.model.CommentPage;
import io.okrsdk.jira.model.OkrStatus;
import io.okrsdk.jira.model.OkrUpdate;
import io.okrsdk.jira.model.UpdateComment;
import io.okrsdk.jira.model.UpdatePage;
import io.okrsdk.testing.FakeOkrForJiraServer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Cursor paging of the update history and its comments over thousands of generated entries. */
class OkrForJiraHistoryPagingTest {
  private static final int GENERATED = 2500;
  private static final Instant FIRST_GENERATED = Instant.parse("2023-01-01T00:00:00Z");
  private static final String O_2 = "5fda249d289742000406b3e4";

  @RegisterExtension
  final FakeOkrForJiraServer jira = new FakeOkrForJiraServer().withGeneratedTree(10, 3).withGeneratedUpdates(GENERATED);

  @Test
  void theHistoryIsPagedByCursorNewestFirstWithoutGapsOrRepeats(OkrForJiraClient client) {
    int before = jira.requestCount();
    List<Page<OkrUpdate>> pages = new ArrayList<>();
    client.updates().history(UpdateHistoryQuery.builder().pageSize(100).build()).pages().forEach(pages::add);

    List<OkrUpdate> updates = pages.stream().flatMap(page -> page.items().stream()).collect(Collectors.toList());
    int expected = GENERATED + 30 + 2; // generated, one per generated key result, two from the example
    assertThat(updates).hasSize(expected);
    assertThat(pages).hasSize((expected + 99) / 100);
    assertThat(jira.requestCount() - before).isEqualTo(pages.size());
    assertThat(updates.stream().map(update -> update.updateId().orElseThrow()).collect(Collectors.toSet())).hasSize(expected);
    for (int i = 1; i < updates.size(); i++) {
      assertThat(created(updates.get(i))).isBeforeOrEqualTo(created(updates.get(i - 1)));
    }
    assertThat(updates.get(0).description()).contains("<p>Generated update 2500</p>");
  }

  @Test
  void theDefaultPageHoldsAThousand(OkrForJiraClient client) {
    UpdatePage first = client.updates().historyPage(UpdateHistoryQuery.all(), null);

    assertThat(first.updates()).hasSize(1000);
    assertThat(first.nextCursor()).isPresent();
  }

  @Test
  void laterThanAndEarlierThanAreExclusive(OkrForJiraClient client) {
    UpdateHistoryQuery query =
        UpdateHistoryQuery.builder()
            .laterThan(FIRST_GENERATED.plusSeconds(600))
            .earlierThan(FIRST_GENERATED.plusSeconds(1200))
            .pageSize(4)
            .build();

    List<OkrUpdate> updates = client.updates().history(query).toList();

    assertThat(updates).extracting(update -> created(update).toInstant())
        .containsExactly(
            FIRST_GENERATED.plusSeconds(1140),
            FIRST_GENERATED.plusSeconds(1080),
            FIRST_GENERATED.plusSeconds(1020),
            FIRST_GENERATED.plusSeconds(960),
            FIRST_GENERATED.plusSeconds(900),
            FIRST_GENERATED.plusSeconds(840),
            FIRST_GENERATED.plusSeconds(780),
            FIRST_GENERATED.plusSeconds(720),
            FIRST_GENERATED.plusSeconds(660));
  }

  @Test
  void anEntityFilterKeepsOnlyThatEntity(OkrForJiraClient client) {
    List<OkrUpdate> updates = client.updates().history(UpdateHistoryQuery.builder().entityId(O_2).pageSize(7).build()).toList();

    assertThat(updates).hasSizeGreaterThan(7).allSatisfy(update -> assertThat(update.entityId()).contains(O_2));
    assertThat(updates.get(updates.size() - 1).created()).contains(OffsetDateTime.parse("2021-05-05T12:15:14Z"));
    assertThat(updates.get(updates.size() - 1).status().orElseThrow().is(OkrStatus.ON_TRACK)).isTrue();
  }

  @Test
  void aWriteBetweenPagesDoesNotShiftTheNextPage(OkrForJiraClient client) {
    UpdateHistoryQuery query = UpdateHistoryQuery.builder().pageSize(10).build();
    UpdatePage first = client.updates().historyPage(query, null);
    UpdatePage fresh = client.updates().historyPage(query, null);
    client.updates().objective(O_2, OkrStatus.AT_RISK, "written between two pages");

    UpdatePage second = client.updates().historyPage(query, first.nextCursor().orElseThrow());

    assertThat(fresh.updates()).isEqualTo(first.updates());
    assertThat(created(second.updates().get(0))).isEqualTo(created(first.updates().get(9)).minusMinutes(1));
    assertThat(client.updates().historyPage(query, null).updates().get(0).description()).contains("written between two pages");
  }

  @Test
  void commentsArePagedAndFilteredByUpdate(OkrForJiraClient client) {
    List<UpdateComment> all = client.updates().comments(UpdateCommentQuery.builder().pageSize(500).build()).toList();

    int replies = (GENERATED + 2) / 3;
    assertThat(all).hasSize(GENERATED + replies + 1);
    assertThat(new HashSet<>(all.stream().map(UpdateComment::commentId).collect(Collectors.toList()))).hasSize(all.size());
    for (int i = 1; i < all.size(); i++) {
      assertThat(all.get(i).created().orElseThrow()).isBeforeOrEqualTo(all.get(i - 1).created().orElseThrow());
    }

    UpdateComment reply = all.stream().filter(comment -> comment.replyToCommentId().isPresent()).findFirst().orElseThrow();
    String updateId = reply.updateId().orElseThrow();
    String otherUpdateId = all.stream().map(c -> c.updateId().orElseThrow()).filter(id -> !id.equals(updateId)).findFirst().orElseThrow();
    CommentPage page = client.updates().commentsPage(UpdateCommentQuery.forUpdates(updateId, otherUpdateId), null);

    assertThat(page.nextCursor()).isEmpty();
    assertThat(page.comments()).extracting(comment -> comment.updateId().orElseThrow()).containsOnly(updateId, otherUpdateId);
    assertThat(page.comments().stream().filter(c -> c.updateId().orElseThrow().equals(updateId)))
        .extracting(UpdateComment::commentId)
        .containsExactly(reply.commentId(), reply.replyToCommentId().orElseThrow());
  }

  @Test
  void commentsHonourTheInterval(OkrForJiraClient client) {
    UpdateCommentQuery query =
        UpdateCommentQuery.builder().laterThan(FIRST_GENERATED).earlierThan(FIRST_GENERATED.plusSeconds(60)).build();

    assertThat(client.updates().comments(query).toList())
        .extracting(comment -> comment.text().orElseThrow())
        .containsExactly("<p>Reply on update 1</p>", "<p>Comment on update 1</p>");
  }

  @Test
  void badPagingParametersAreAnswered400() {
    RawHttp raw = new RawHttp(jira);

    assertThat(raw.get("api/v2/api-export/updates?pageSize=0").status).isEqualTo(400);
    assertThat(raw.get("api/v2/api-export/updates?pageSize=1001").status).isEqualTo(400);
    assertThat(raw.get("api/v2/api-export/updates?cursor=not-a-cursor").status).isEqualTo(400);
    assertThat(raw.get("api/v2/api-export/updateComments?laterThan=yesterday").status).isEqualTo(400);
    assertThat(raw.get("api/v2/api-export/updates?pageSize=1000").status).isEqualTo(200);
  }

  private static OffsetDateTime created(OkrUpdate update) {
    return update.created().orElseThrow();
  }
}
