package io.okrsdk.testing.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.OkrDecodingException;
import io.okrsdk.core.OkrNetworkException;
import io.okrsdk.core.RateLimitedException;
import io.okrsdk.core.ServerErrorException;
import io.okrsdk.core.http.Sleeper;
import io.okrsdk.jira.query.ObjectiveExpand;
import io.okrsdk.jira.OkrForJiraClient;
import io.okrsdk.jira.OkrGraph;
import io.okrsdk.jira.query.UpdateHistoryQuery;
import io.okrsdk.jira.model.OkrStatus;
import io.okrsdk.testing.FakeOkrForJiraServer;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Injected faults: reads are retried without real sleeping, writes are reported and sent once. */
class OkrForJiraFaultsTest {
  private static final String O_2 = "5fda249d289742000406b3e4";

  @RegisterExtension final FakeOkrForJiraServer jira = new FakeOkrForJiraServer();

  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private OkrForJiraClient client;

  @BeforeEach
  void client() {
    Sleeper recording = waits::add;
    client = jira.clientBuilder().sleeper(recording).build();
  }

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void twoRateLimitsAreRetriedAway() {
    jira.faults().failNext(2, 429, null);
    int before = jira.requestCount();

    OkrGraph graph = client.okrs().objectivesByDate(FakeOkrForJiraServer.EXAMPLE_QUARTER, ObjectiveExpand.all());

    assertThat(graph.objectives()).hasSize(4);
    assertThat(jira.requestCount() - before).isEqualTo(3);
    assertThat(waits).hasSize(2).allSatisfy(wait -> assertThat(wait).isPositive());
  }

  @Test
  void retryAfterIsHonouredWithoutSleeping() {
    jira.faults().failNext(1, 503, Duration.ofSeconds(3));

    assertThat(client.updates().history(UpdateHistoryQuery.all()).toList()).hasSize(2);
    assertThat(waits).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void aThirdRateLimitIsReported() {
    jira.faults().failNext(3, 429, Duration.ofSeconds(1));

    assertThatThrownBy(() -> client.okrs().keyResultsByIds(List.of("5fda249d289742000406b3e5"), Set.of()))
        .isInstanceOf(RateLimitedException.class)
        .satisfies(e -> assertThat(((RateLimitedException) e).retryAfter()).contains(Duration.ofSeconds(1)));
    assertThat(waits).hasSize(2);
  }

  @Test
  void aDroppedReadIsRetried() {
    jira.faults().dropNext(1);

    assertThat(client.okrs().objectivesByIds(List.of(O_2), ObjectiveExpand.all()).objectives().get(0).id()).isEqualTo(O_2);
    assertThat(waits).hasSize(1);
  }

  @Test
  void anUpdateMeeting503IsReportedAndSentOnce() {
    jira.faults().failNext(1, 503, Duration.ofSeconds(1));
    int before = jira.requestCount();

    assertThatThrownBy(() -> client.updates().objective(O_2, OkrStatus.AT_RISK, "once"))
        .isInstanceOf(ServerErrorException.class);
    assertThat(jira.requestCount() - before).isEqualTo(1);
    assertThat(waits).isEmpty();
    assertThat(client.updates().history(UpdateHistoryQuery.forEntity(O_2)).toList()).hasSize(1);
  }

  @Test
  void aDroppedUpdateIsReportedAndSentOnce() {
    jira.faults().dropNext(1);
    int before = jira.requestCount();

    assertThatThrownBy(() -> client.updates().keyResult("605480b190c42b0003385170", OkrStatus.ON_TRACK, 9.0, null))
        .isInstanceOf(OkrNetworkException.class);
    assertThat(jira.requestCount() - before).isEqualTo(1);
    assertThat(waits).isEmpty();
    assertThat(client.updates().history(UpdateHistoryQuery.forEntity("605480b190c42b0003385170")).toList()).hasSize(1);
  }

  @Test
  void brokenBodiesAreDecodingErrors() {
    jira.faults().truncateNext(1).malformNext(1);

    assertThatThrownBy(() -> client.okrs().objectivesByDate(FakeOkrForJiraServer.EXAMPLE_QUARTER, ObjectiveExpand.all()))
        .isInstanceOf(OkrDecodingException.class);
    assertThatThrownBy(() -> client.updates().historyPage(UpdateHistoryQuery.all(), null))
        .isInstanceOf(OkrDecodingException.class);
    assertThat(client.updates().historyPage(UpdateHistoryQuery.all(), null).updates()).hasSize(2);
  }
}
