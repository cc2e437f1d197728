package io.okrsdk.portable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.paging.PagedIterator;
import io.okrsdk.gtmhub.GtmhubClient;
import io.okrsdk.testing.FakeGtmhubServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Gtmhub goals and metrics in the portable model: the docs' example row by row, and the fake's listings. */
@Timeout(60)
class GtmhubSourceTest {
  // Shared: every test here only reads.
  @RegisterExtension static final FakeGtmhubServer gtmhub = new FakeGtmhubServer().withGeneratedGoals(1000);

  static String docsExample(String path) throws IOException {
    return new String(Files.readAllBytes(Paths.get("..", path)), StandardCharsets.UTF_8);
  }

  @Test
  void theDocsExampleGoalMapsRowByRow() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
          .body(docsExample("okr-sdk-gtmhub/src/test/resources/gtmhub/goal.json")).build());
      try (GtmhubClient client = GtmhubClient.builder().baseUrl(server.url("/").toString()).credentials("token", "account").build()) {
        Objective goal = GtmhubSource.of(client).get("6138969ab6adf10001fc329c").orElseThrow();
        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().encodedPath()).endsWith("/goals/6138969ab6adf10001fc329c");
        assertThat(request.getUrl().queryParameter("fields")).contains("metrics").contains("closedStatus").contains("links");

        // goal -> objective
        assertThat(goal.source()).isEqualTo(SourceRef.builder().platform(Platform.GTMHUB).id("6138969ab6adf10001fc329c")
            .kind("goal").webUrl("https://app.gtmhub.com/#/goals/6138969ab6adf10001fc329c").build());
        assertThat(goal.title()).isEqualTo("Grow revenue in new markets");
        assertThat(goal.description()).hasValue("Owned by @[Mariya Velikova:mariya@example.com:602a65efc05575000123291b]");
        assertThat(goal.owners()).containsExactly(
            Owner.builder().id("6197665868264500014d04e0").name("Sales Team").email("sales@example.com").build(),
            Owner.ofId("619765b69b8b5c0001b5e669"));
        assertThat(goal.period()).hasValue(Period.ofId("61a74153d8b312000145b519"));
        assertThat(goal.startDate()).hasValue(LocalDate.of(2021, 1, 1));
        assertThat(goal.dueDate()).hasValue(LocalDate.of(2021, 3, 31));
        assertThat(goal.progress()).hasValue(0.45);
        assertThat(goal.rawStatus()).hasValue("open");
        assertThat(goal.status()).isEqualTo(Status.ON_TRACK); // open: the metrics decide
        assertThat(goal.parentId()).isEmpty(); // "" means none
        assertThat(goal.childIds()).containsExactly("602e31560f20d500012dbe0e");
        assertThat(goal.startValue()).isEmpty();

        // metric -> key result
        assertThat(goal.keyResults()).hasSize(1);
        KeyResult metric = goal.keyResults().get(0);
        assertThat(metric.id()).isEqualTo("615a9d1c84d86400013f8170");
        assertThat(metric.source().kind()).isEqualTo("metric");
        assertThat(metric.objectiveId()).isEqualTo(goal.id());
        assertThat(metric.title()).isEqualTo("Close 10 enterprise deals");
        assertThat(metric.description()).hasValue("New logos only");
        assertThat(metric.progress()).hasValue(0.3);
        assertThat(metric.startValue()).hasValue(BigDecimal.valueOf(0));
        assertThat(metric.currentValue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3"));
        assertThat(metric.targetValue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("10"));
        assertThat(metric.unit()).hasValue("$k");
        assertThat(metric.status()).isEqualTo(Status.ON_TRACK); // confidence 0.8
        assertThat(metric.dueDate()).isEmpty(); // year 1 means none
        assertThat(metric.updated()).hasValue(LocalDate.of(2021, 3, 18));
        assertThat(metric.owners()).containsExactly(Owner.ofId("6197665815627f0001850837"));
        assertThat(metric.period()).hasValue(Period.ofId("61a74153d8b312000145b519"));
      }
    }
  }

  @Test
  void anUnknownIdIsEmpty(GtmhubClient client) {
    assertThat(GtmhubSource.of(client).get("000000000000000000000000")).isEmpty();
  }

  @Test
  void aGoalClosedAsAchievedIsDone(GtmhubClient client) {
    Objective hiring = GtmhubSource.of(client).get("64b7f3a2c9e1d40001a7a004").orElseThrow();
    assertThat(hiring.rawStatus()).hasValue("achieved");
    assertThat(hiring.status()).isEqualTo(Status.DONE);
    assertThat(hiring.keyResults()).extracting(KeyResult::status).containsExactly(Status.DONE, Status.ON_TRACK);
  }

  @Test
  void aPeriodIsASessionFilteredOnTheServer(GtmhubClient client) {
    List<Objective> next = GtmhubSource.of(client).list(ObjectiveQuery.inPeriod(FakeGtmhubServer.NEXT_SESSION_ID));
    assertThat(next).isNotEmpty().allSatisfy(o -> assertThat(o.period()).hasValue(Period.ofId(FakeGtmhubServer.NEXT_SESSION_ID)));
    assertThat(next.stream().map(Objective::title)).contains("Launch in the Brazilian market");
  }

  @Test
  void aWindowKeepsOverlappingGoals(GtmhubClient client) {
    List<Objective> q3 = GtmhubSource.of(client).list(ObjectiveQuery.between(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)));
    assertThat(q3).isNotEmpty().allSatisfy(o -> assertThat(o.dueDate().orElseThrow()).isAfterOrEqualTo(LocalDate.of(2026, 7, 1)));
    assertThat(q3.stream().map(Objective::title)).contains("Hire and onboard 12 engineers").doesNotContain("Launch in the Brazilian market");
  }

  @Test
  void streamingFetchesOnlyThePagesReached(GtmhubClient client) {
    int before = gtmhub.requestCount();
    try (PagedIterator<Objective> objectives = GtmhubSource.of(client).objectives().iterator()) {
      assertThat(objectives.next().title()).isEqualTo("Grow annual recurring revenue to $12M");
    }
    assertThat(gtmhub.requestCount() - before).isEqualTo(1);
  }

  @Test
  void prefetchAndParallelGiveTheSameObjectivesInOrder(GtmhubClient client) {
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      ObjectiveListing listing = GtmhubSource.of(client).objectives();
      List<String> sequential = listing.stream().map(Objective::id).collect(Collectors.toList());
      assertThat(sequential).hasSize(FakeGtmhubServer.SEEDED_GOAL_COUNT + 1000).doesNotHaveDuplicates();
      assertThat(listing.prefetch(pool).stream().map(Objective::id).collect(Collectors.toList())).isEqualTo(sequential);
      assertThat(listing.parallel(3, pool).stream().map(Objective::id).collect(Collectors.toList())).isEqualTo(sequential);
      assertThat(listing.parallel(3, pool).sequential().toList()).hasSize(sequential.size());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void recordingProgressChecksInTheMetric(GtmhubClient client) {
    GtmhubSource source = GtmhubSource.of(client);
    assertThat(source.supports(Capability.RECORD_PROGRESS)).isTrue();
    Objective goal;
    // a generated goal, not the docs' example that other tests read
    try (java.util.stream.Stream<Objective> all = source.objectives(ObjectiveQuery.all()).stream()) {
      goal = all.filter(o -> !o.keyResults().isEmpty()).skip(5).findFirst().orElseThrow();
    }
    String metricId = goal.keyResults().get(0).id();

    source.recordProgress(ProgressUpdate.builder()
        .keyResultId(metricId)
        .value(new BigDecimal("7.5"))
        .note("after the March review")
        .at(LocalDate.of(2024, 3, 18))
        .status(Status.AT_RISK)
        .build());

    KeyResult after = source.get(goal.id()).orElseThrow().keyResults().stream()
        .filter(k -> k.id().equals(metricId)).findFirst().orElseThrow();
    assertThat(after.currentValue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("7.5"));
    assertThat(client.metrics().values(metricId).items())
        .anySatisfy(entry -> {
          assertThat(entry.comment()).hasValue("after the March review");
          assertThat(entry.date()).hasValueSatisfying(date -> assertThat(date).startsWith("2024-03-18"));
          assertThat(entry.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("7.5"));
        });
  }

  @Test
  void recordingProgressOnAnUnknownMetricIsNotFound(GtmhubClient client) {
    assertThatThrownBy(() -> GtmhubSource.of(client).recordProgress(ProgressUpdate.of("no-such-metric", BigDecimal.ONE)))
        .isInstanceOf(io.okrsdk.core.NotFoundException.class);
  }
}
