package io.okrsdk.testing.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.okrsdk.core.OkrDecodingException;
import io.okrsdk.core.OkrException;
import io.okrsdk.core.testsupport.JsonMutator;
import io.okrsdk.gtmhub.GtmhubClient;
import io.okrsdk.gtmhub.query.ListQuery;
import io.okrsdk.gtmhub.query.GroupByQuery;
import io.okrsdk.gtmhub.model.GoalConfidence;
import io.okrsdk.gtmhub.model.GoalPatch;
import io.okrsdk.gtmhub.model.GoalRequest;
import io.okrsdk.jira.query.KeyResultExpand;
import io.okrsdk.jira.query.ObjectiveExpand;
import io.okrsdk.jira.OkrForJiraClient;
import io.okrsdk.jira.query.UpdateCommentQuery;
import io.okrsdk.jira.query.UpdateHistoryQuery;
import io.okrsdk.jira.model.OkrStatus;
import io.okrsdk.ogsm.OgsmClient;
import io.okrsdk.perform.query.CheckinQuery;
import io.okrsdk.perform.PerformClient;
import io.okrsdk.testing.NoDelayServerSocketFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every response type of every platform, decoded from 200 seeded variants of a valid body:
 * malformed, truncated, wrong-typed, deeply nested and oversized. Each call returns a model or
 * throws {@link OkrDecodingException}; no other exception, no hang, no OutOfMemoryError. Nested
 * models are reached through their parents (a Gtmhub goal's metrics through the goal, a Jira
 * export's key results, teams, periods, labels and custom fields through the export).
 */
class FuzzedResponsesTest {
  private static final int VARIANTS = 200;
  private static final long SEED = 20261123L;
  /** The answer to an update write: one update, as in the update history. */
  private static final String JIRA_UPDATE =
      "{\"updateId\": \"61c993aaa0fd9b768a0fb47d\", \"entityId\": \"5fda249d289742000406b3e5\", \"status\": \"AT_RISK\","
          + " \"displayedStatus\": \"At Risk\", \"created\": \"2021-12-27T10:21:30+0000\", \"value\": 0.0,"
          + " \"description\": \"Waiting for data\", \"startValue\": 0.0, \"desiredValue\": 22.0, \"source\": \"MANUAL\"}";

  @StartStop final MockWebServer server = newServer();
  private final Deque<String> bodies = new ArrayDeque<>();

  private static MockWebServer newServer() {
    MockWebServer server = new MockWebServer();
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    return server;
  }

  static Stream<ResponseProbe<PerformClient>> perform() {
    return Stream.of(
        ResponseProbe.of("perform goal list", "perform-goals.json", c -> c.goals().listPage(10, 0)),
        ResponseProbe.of("perform goal", "perform-goal.json", c -> c.goals().get("580:a")),
        ResponseProbe.of("perform check-in list", "perform-checkins.json", c -> c.checkins().listPage(CheckinQuery.all(), 10, 0)),
        ResponseProbe.of("perform check-in", "perform-checkin.json", c -> c.checkins().get("580:a")));
  }

  static Stream<ResponseProbe<OgsmClient>> ogsm() {
    return Stream.of(
        ResponseProbe.arrayOf("ogsm objectives", "ogsm-objective.json", c -> c.objectives().listAll()),
        ResponseProbe.arrayOf("ogsm goals", "ogsm-goal.json", c -> c.goals().listAll()),
        ResponseProbe.arrayOf("ogsm strategies", "ogsm-strategy.json", c -> c.strategies().listAll()),
        ResponseProbe.arrayOf("ogsm kpis", "ogsm-kpi.json", c -> c.kpis().listAll()),
        ResponseProbe.arrayOf("ogsm actions", "ogsm-action.json", c -> c.actions().listAll()),
        ResponseProbe.arrayOf("ogsm goal measurements", "ogsm-goal_measurement.json", c -> c.goalMeasurements().listAll()),
        ResponseProbe.arrayOf("ogsm kpi measurements", "ogsm-kpi_measurement.json", c -> c.kpiMeasurements().listAll()),
        ResponseProbe.of(
            "ogsm created goal measurement",
            "ogsm-goal_measurement.json",
            c -> c.goalMeasurements().create(1, LocalDate.of(2024, 1, 1), BigDecimal.ONE)),
        ResponseProbe.of(
            "ogsm created kpi measurement",
            "ogsm-kpi_measurement.json",
            c -> c.kpiMeasurements().create(1, LocalDate.of(2024, 1, 1), BigDecimal.ONE)));
  }

  static Stream<ResponseProbe<GtmhubClient>> gtmhub() {
    return Stream.of(
        ResponseProbe.of("gtmhub goal list", "gtmhub-goals-page.json", c -> c.goals().listPage(ListQuery.all(), 0, 10)),
        ResponseProbe.of("gtmhub goal", "gtmhub-goal.json", c -> c.goals().get("g1")),
        ResponseProbe.of("gtmhub grouped goals", "gtmhub-goals-grouped.json", c -> c.goals().groupByOwnersPage(GroupByQuery.all(), 0, 10)),
        ResponseProbe.of("gtmhub workflow actions", "gtmhub-workflow-actions.json", c -> c.goals().workflowActions("g1")),
        ResponseProbe.of("gtmhub goals by metric owner", "gtmhub-goals-page.json", c -> c.goals().listByMetricOwner("u1")),
        ResponseProbe.of(
            "gtmhub created goal",
            "gtmhub-goal.json",
            c -> c.goals().create(GoalRequest.builder().name("n").sessionId("s").build())),
        ResponseProbe.of("gtmhub patched goal", "gtmhub-goal.json", c -> c.goals().update("g1", GoalPatch.builder().name("n").build())),
        ResponseProbe.of(
            "gtmhub replaced goal",
            "gtmhub-goal.json",
            c -> c.goals().replace("g1", GoalRequest.builder().name("n").sessionId("s").build())),
        ResponseProbe.of(
            "gtmhub goal after confidence",
            "gtmhub-goal.json",
            c -> c.goals().updateConfidence("g1", GoalConfidence.builder().value(0.5).build())),
        ResponseProbe.of(
            "gtmhub created goals",
            "gtmhub-created-goals.json",
            c -> c.goals().createAll(List.of(GoalRequest.builder().name("n").sessionId("s").build()))));
  }

  static Stream<ResponseProbe<OkrForJiraClient>> jira() {
    return Stream.of(
        ResponseProbe.of("jira objectives (doc example)", "jira-objectives.json", c -> c.okrs().objectivesByIds(List.of("o1"), ObjectiveExpand.all())),
        ResponseProbe.of("jira export (all fields)", "jira-export-all-fields.json", c -> c.okrs().objectivesByIds(List.of("o1"), ObjectiveExpand.all())),
        ResponseProbe.of(
            "jira key results (all fields)",
            "jira-export-all-fields.json",
            c -> c.okrs().keyResultsByIds(List.of("k1"), KeyResultExpand.all())),
        ResponseProbe.of("jira update history", "jira-updates-page.json", c -> c.updates().historyPage(UpdateHistoryQuery.all(), null)),
        ResponseProbe.inline("jira objective update", JIRA_UPDATE, c -> c.updates().objective("o1", OkrStatus.AT_RISK, "d")),
        ResponseProbe.inline("jira key result update", JIRA_UPDATE, c -> c.updates().keyResult("k1", OkrStatus.ON_TRACK, 2.0, "d")),
        ResponseProbe.of("jira update comments", "jira-comments-page.json", c -> c.updates().commentsPage(UpdateCommentQuery.all(), null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("perform")
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void performResponses(ResponseProbe<PerformClient> probe) {
    try (PerformClient client = PerformClient.builder().baseUrl(base()).credentials("u", "p").maxRetries(0).build()) {
      fuzz(probe, client);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ogsm")
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void ogsmResponses(ResponseProbe<OgsmClient> probe) {
    try (OgsmClient client = OgsmClient.builder().baseUrl(base()).credentials("u", "p").maxRetries(0).build()) {
      fuzz(probe, client);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("gtmhub")
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void gtmhubResponses(ResponseProbe<GtmhubClient> probe) {
    try (GtmhubClient client = GtmhubClient.builder().baseUrl(base()).credentials("t", "acc").maxRetries(0).build()) {
      fuzz(probe, client);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jira")
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void jiraResponses(ResponseProbe<OkrForJiraClient> probe) {
    try (OkrForJiraClient client = OkrForJiraClient.builder().baseUrl(base()).apiToken("t").maxRetries(0).build()) {
      fuzz(probe, client);
    }
  }

  private String base() {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String body;
            synchronized (bodies) {
              body = bodies.poll();
            }
            return new MockResponse.Builder()
                .code(body == null ? 500 : request.getMethod().equals("POST") ? 201 : 200)
                .addHeader("Content-Type", "application/json")
                .body(body == null ? "{}" : body)
                .build();
          }
        });
    return server.url("/").toString();
  }

  private <C> void fuzz(ResponseProbe<C> probe, C client) {
    // The valid body itself must decode, or the variants prove nothing.
    enqueue(probe.validBody);
    probe.call.apply(client);

    List<String> variants = new JsonMutator(SEED ^ probe.name.hashCode()).variants(probe.validBody, VARIANTS);
    int decoded = 0;
    for (String body : variants) {
      enqueue(body);
      Throwable failure = catchThrowable(() -> probe.call.apply(client));
      if (failure == null) {
        decoded++;
      } else {
        assertThat(failure).as("%s, body: %.300s", probe.name, body).isInstanceOf(OkrDecodingException.class);
        assertThat(failure).isInstanceOf(OkrException.class);
      }
    }
    assertThat(decoded).as("%s: at most some variants are valid-but-odd", probe.name).isLessThan(VARIANTS);
  }

  private void enqueue(String body) {
    synchronized (bodies) {
      bodies.add(body);
    }
  }
}
