package io.okrsdk.testing.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.okrsdk.core.OkrDecodingException;
import io.okrsdk.core.json.DecodingMode;
import io.okrsdk.core.json.DecodingProblem;
import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.RawJson;
import io.okrsdk.gtmhub.GtmhubClient;
import io.okrsdk.gtmhub.model.Goal;
import io.okrsdk.gtmhub.model.GoalPatch;
import io.okrsdk.gtmhub.model.GoalRequest;
import io.okrsdk.gtmhub.query.ListQuery;
import io.okrsdk.gtmhub.query.GroupByQuery;
import io.okrsdk.jira.query.KeyResultExpand;
import io.okrsdk.jira.query.ObjectiveExpand;
import io.okrsdk.jira.OkrForJiraClient;
import io.okrsdk.jira.OkrGraph;
import io.okrsdk.ogsm.OgsmClient;
import io.okrsdk.ogsm.model.GoalMeasurement;
import io.okrsdk.ogsm.model.KpiMeasurement;
import io.okrsdk.perform.query.CheckinQuery;
import io.okrsdk.perform.PerformClient;
import io.okrsdk.testing.Awkward;
import io.okrsdk.testing.FakeGtmhubServer;
import io.okrsdk.testing.FakeOgsmServer;
import io.okrsdk.testing.FakeOkrForJiraServer;
import io.okrsdk.testing.FakePerformServer;
import io.okrsdk.testing.FakeServer;
import io.okrsdk.testing.ogsm.OgsmExamples;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each fake playing each awkward server it serves (see {@link Awkward}), read through the real
 * platform client as a user would. Tolerant mode (the default) returns every object of the
 * response, the surprise kept in the model's {@code unrecognized()}: unknown fields as raw JSON,
 * mismatched values as raw JSON with a problem naming the JSON path. Strict mode fails a mismatch
 * with {@link OkrDecodingException} naming the path. Shapes the docs leave open (bare array,
 * wrapped object) and left-out optional fields decode in both modes.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class AwkwardServerDecodingTest {
  @RegisterExtension final FakePerformServer perform = new FakePerformServer();
  @RegisterExtension final FakeOgsmServer ogsm = new FakeOgsmServer();
  @RegisterExtension final FakeGtmhubServer gtmhub = new FakeGtmhubServer();
  @RegisterExtension final FakeOkrForJiraServer jira = new FakeOkrForJiraServer();

  private PerformClient perform(DecodingMode mode) {
    return PerformClient.builder()
        .baseUrl(perform.baseUrl())
        .credentials(FakePerformServer.USERNAME, FakePerformServer.API_KEY)
        .decodingMode(mode)
        .build();
  }

  private OgsmClient ogsm(DecodingMode mode) {
    return OgsmClient.builder()
        .baseUrl(ogsm.baseUrl())
        .credentials(FakeOgsmServer.USERNAME, FakeOgsmServer.PASSWORD)
        .decodingMode(mode)
        .build();
  }

  private GtmhubClient gtmhub(DecodingMode mode) {
    return GtmhubClient.builder()
        .baseUrl(gtmhub.apiBaseUrl())
        .credentials(FakeGtmhubServer.TOKEN, FakeGtmhubServer.ACCOUNT_ID)
        .decodingMode(mode)
        .build();
  }

  private OkrForJiraClient jira(DecodingMode mode) {
    return OkrForJiraClient.builder().baseUrl(jira.baseUrl()).apiToken(FakeOkrForJiraServer.API_TOKEN).decodingMode(mode).build();
  }

  /** One read, and how to list the objects of its answer whose number must not change. */
  private static final class Read {
    final String name;
    final Supplier<Object> call;
    final Function<Object, List<?>> objects;

    Read(String name, Supplier<Object> call, Function<Object, List<?>> objects) {
      this.name = name;
      this.call = call;
      this.objects = objects;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static Read read(String name, Supplier<Object> call) {
    return new Read(name, call, result -> result instanceof List ? (List<?>) result : List.of(result));
  }

  private static List<?> wholeGraph(Object result) {
    OkrGraph graph = (OkrGraph) result;
    List<Object> all = new ArrayList<>();
    all.addAll(graph.objectives());
    all.addAll(graph.keyResults());
    all.addAll(graph.teams());
    all.addAll(graph.periods());
    all.addAll(graph.labels());
    return all;
  }

  /**
   * Serves {@code variant} to {@code reads} and checks what each mode makes of it: {@code field} is
   * the JSON name the variant mismatches, or {@code null} for a variant that mismatches nothing.
   */
  private static void check(FakeServer<?> fake, DecodingMode mode, Awkward variant, String field, List<Read> reads) {
    for (Read read : reads) {
      fake.awkward();
      Object plain = read.call.get();
      assertThat(ModelGraph.problems(plain)).as("%s plain", read).isEmpty();
      fake.awkward(variant);
      Throwable failure = catchThrowable(() -> read.call.get());
      if (field != null && mode == DecodingMode.STRICT) {
        assertThat(failure)
            .as("%s %s strict", read, variant)
            .isInstanceOfSatisfying(OkrDecodingException.class, e -> assertThat(e.jsonPath()).hasValueSatisfying(
                path -> assertThat(path).startsWith("$").endsWith("." + field)));
        continue;
      }
      assertThat(failure).as("%s %s %s", read, variant, mode).isNull();
      Object awkward = read.call.get();
      List<?> before = read.objects.apply(plain);
      List<?> after = read.objects.apply(awkward);
      assertThat(after).as("%s %s: every object kept", read, variant).hasSameSizeAs(before).isNotEmpty();
      List<DecodingProblem> problems = ModelGraph.problems(awkward);
      if (field == null) {
        assertThat(problems).as("%s %s", read, variant).isEmpty();
      } else {
        assertThat(problems).as("%s %s", read, variant).isNotEmpty()
            .allSatisfy(p -> assertThat(p.jsonPath()).startsWith("$").endsWith("." + field));
        assertThat(ModelGraph.mismatched(awkward, field)).as("%s %s", read, variant).hasSameSizeAs(problems);
      }
      if (variant == Awkward.EXTRA_FIELDS) {
        assertThat(ModelGraph.of(awkward))
            .as("%s: every decoded object keeps the unknown field", read)
            .isNotEmpty()
            .allSatisfy(model -> assertThat(model.unrecognized().unknownFields()).containsKey(Awkward.EXTRA_FIELD));
      }
      if (variant == Awkward.BARE_ARRAY || variant == Awkward.WRAPPED_OBJECT) {
        assertThat(after).as("%s %s: the same value as the documented shape", read, variant).isEqualTo(before);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(DecodingMode.class)
  void performGoalsAndCheckins(DecodingMode mode) {
    try (PerformClient client = perform(mode)) {
      List<Read> reads = List.of(
          read("goal list", () -> client.goals().list().toList()),
          read("goal", () -> client.goals().get(FakePerformServer.EXAMPLE_GOAL_ID)),
          read("check-in list", () -> client.checkins().list(CheckinQuery.all()).toList()));
      List<Read> goals = reads.subList(0, 2);
      check(perform, mode, Awkward.EXTRA_FIELDS, null, reads);
      check(perform, mode, Awkward.OTHER_TYPE, "is_complete", goals);
      check(perform, mode, Awkward.FRACTION_FOR_INTEGER, "goal_weight", goals);
      check(perform, mode, Awkward.MISSING_OPTIONAL, null, goals);
    }
  }

  @Test
  void performFractionalGoalWeightKeepsTheWholeListing() {
    try (PerformClient client = perform(DecodingMode.TOLERANT)) {
      int plain = client.goals().list().toList().size();
      perform.awkward(Awkward.FRACTION_FOR_INTEGER);
      List<io.okrsdk.perform.model.Goal> goals = client.goals().list(3).toList();
      assertThat(goals).hasSize(plain).allSatisfy(goal -> {
        assertThat(goal.weight()).isEmpty();
        assertThat(goal.unrecognized().mismatchedFields()).containsEntry("goal_weight", RawJson.of("2.5"));
        assertThat(goal.unrecognized().problems()).singleElement()
            .satisfies(p -> assertThat(p.jsonPath()).matches("\\$\\.results\\[\\d+]\\.goal_weight"));
      });
    }
  }

  @ParameterizedTest
  @EnumSource(DecodingMode.class)
  void ogsmListsAndMeasurements(DecodingMode mode) {
    try (OgsmClient client = ogsm(mode)) {
      Read goals = read("goals", () -> client.goals().listAll());
      Read measurements = read("goal measurements", () -> client.goalMeasurements().listAll());
      Read kpiMeasurements = read("kpi measurements", () -> client.kpiMeasurements().listAll());
      List<Read> all = List.of(goals, read("objectives", () -> client.objectives().listAll()),
          read("kpis", () -> client.kpis().listAll()), read("actions", () -> client.actions().listAll()),
          measurements, kpiMeasurements);
      check(ogsm, mode, Awkward.EXTRA_FIELDS, null, all);
      check(ogsm, mode, Awkward.OTHER_TYPE, "assignee", List.of(goals));
      check(ogsm, mode, Awkward.FRACTION_FOR_INTEGER, "row_order", List.of(goals));
      check(ogsm, mode, Awkward.MISSING_OPTIONAL, null, List.of(measurements, kpiMeasurements));
    }
  }

  @ParameterizedTest
  @EnumSource(DecodingMode.class)
  void ogsmCreatedMeasurementsWrappedUnderOneKeyDecodeInBothModes(DecodingMode mode) {
    ogsm.awkward(Awkward.WRAPPED_OBJECT);
    try (OgsmClient client = ogsm(mode)) {
      GoalMeasurement goal = client.goalMeasurements().create(OgsmExamples.ID, LocalDate.of(2024, 10, 9), new BigDecimal("45.6"));
      KpiMeasurement kpi = client.kpiMeasurements().create(OgsmExamples.ID, LocalDate.of(2024, 10, 9), new BigDecimal("7.5"));
      assertThat(goal.at()).contains(LocalDate.of(2024, 10, 9));
      assertThat(goal.currentValue()).contains(new BigDecimal("45.6"));
      assertThat(kpi.currentValue()).contains(new BigDecimal("7.5"));
      assertThat(ModelGraph.problems(List.of(goal, kpi))).isEmpty();
    }
  }

  @Test
  void ogsmMeasurementsWithoutAtKeepTheList() {
    try (OgsmClient client = ogsm(DecodingMode.TOLERANT)) {
      int plain = client.goalMeasurements().listAll().size();
      ogsm.awkward(Awkward.MISSING_OPTIONAL);
      List<GoalMeasurement> measurements = client.goalMeasurements().listAll();
      assertThat(measurements).hasSize(plain).isNotEmpty().allSatisfy(m -> {
        assertThat(m.at()).isEmpty();
        assertThat(m.unrecognized().problems()).isEmpty();
        assertThat(m.id()).isPositive();
      });
    }
  }

  @ParameterizedTest
  @EnumSource(DecodingMode.class)
  void gtmhubGoals(DecodingMode mode) {
    try (GtmhubClient client = gtmhub(mode)) {
      Read list = new Read("goal list", () -> client.goals().list(ListQuery.all()).toList(), result -> (List<?>) result);
      Read goal = read("goal", () -> client.goals().get(FakeGtmhubServer.SEEDED_APPROVED_GOAL_ID));
      Read workflow = read("workflow actions", () -> client.goals().workflowActions(FakeGtmhubServer.SEEDED_APPROVED_GOAL_ID).items());
      Read grouped = read("grouped by owners", () -> client.goals().groupByOwners(GroupByQuery.all()).toList());
      Read byOwner = read("by metric owner", () -> client.goals().listByMetricOwner(FakeGtmhubServer.USER_ID).items());
      check(gtmhub, mode, Awkward.EXTRA_FIELDS, null, List.of(list, goal, workflow, grouped, byOwner));
      check(gtmhub, mode, Awkward.OTHER_TYPE, "closedStatus", List.of(list, goal));
      check(gtmhub, mode, Awkward.FRACTION_FOR_INTEGER, "fractionSize", List.of(goal));
      check(gtmhub, mode, Awkward.MISSING_OPTIONAL, null, List.of(list, goal));
      check(gtmhub, mode, Awkward.BARE_ARRAY, null, List.of(workflow, grouped, byOwner));
      check(gtmhub, mode, Awkward.WRAPPED_OBJECT, null, List.of(goal));
    }
  }

  @ParameterizedTest
  @EnumSource(DecodingMode.class)
  void gtmhubWritesAnsweredInTheShapesTheDocsLeaveOpenDecodeInBothModes(DecodingMode mode) {
    try (GtmhubClient client = gtmhub(mode)) {
      gtmhub.awkward(Awkward.BARE_ARRAY);
      assertThat(client.goals().createAll(List.of(
              GoalRequest.builder().name("Bulk one").sessionId(FakeGtmhubServer.CURRENT_SESSION_ID).build(),
              GoalRequest.builder().name("Bulk two").sessionId(FakeGtmhubServer.CURRENT_SESSION_ID).build()))
          .items()).hasSize(2);
      gtmhub.awkward(Awkward.WRAPPED_OBJECT);
      Goal created = client.goals().create(GoalRequest.builder().name("Wrapped").sessionId(FakeGtmhubServer.CURRENT_SESSION_ID).build());
      assertThat(created.name()).contains("Wrapped");
      Goal patched = client.goals().update(created.id(), GoalPatch.builder().name("Wrapped again").build());
      assertThat(patched.id()).isEqualTo(created.id());
      assertThat(patched.name()).contains("Wrapped again");
      assertThat(ModelGraph.problems(List.of(created, patched))).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(DecodingMode.class)
  void jiraExports(DecodingMode mode) {
    try (OkrForJiraClient client = jira(mode)) {
      List<Read> reads = List.of(
          new Read("objectives by date", () -> client.okrs().objectivesByDate(FakeOkrForJiraServer.EXAMPLE_QUARTER, ObjectiveExpand.all()),
              AwkwardServerDecodingTest::wholeGraph),
          new Read("key results by date", () -> client.okrs().keyResultsByDate(FakeOkrForJiraServer.EXAMPLE_QUARTER, KeyResultExpand.all()),
              AwkwardServerDecodingTest::wholeGraph));
      check(jira, mode, Awkward.EXTRA_FIELDS, null, reads);
      check(jira, mode, Awkward.OTHER_TYPE, "currentProgressDefinition", reads);
      check(jira, mode, Awkward.MISSING_OPTIONAL, null, reads);
    }
  }

  @Test
  void aJiraKeyResultFieldArrivingAsAStringWhereAnObjectIsModelledKeepsTheWholeGraph() {
    try (OkrForJiraClient client = jira(DecodingMode.TOLERANT)) {
      OkrGraph plain = client.okrs().objectivesByDate(FakeOkrForJiraServer.EXAMPLE_QUARTER, ObjectiveExpand.all());
      jira.awkward(Awkward.OTHER_TYPE);
      OkrGraph graph = client.okrs().objectivesByDate(FakeOkrForJiraServer.EXAMPLE_QUARTER, ObjectiveExpand.all());

      assertThat(graph.objectives()).isEqualTo(plain.objectives()).isNotEmpty();
      assertThat(graph.teams()).isEqualTo(plain.teams()).isNotEmpty();
      assertThat(graph.periods()).isEqualTo(plain.periods()).isNotEmpty();
      assertThat(graph.labels()).isEqualTo(plain.labels());
      assertThat(graph.keyResults()).hasSameSizeAs(plain.keyResults()).isNotEmpty().allSatisfy(kr -> {
        assertThat(kr.currentProgressDefinition()).isEmpty();
        RawJson raw = kr.unrecognized().mismatchedFields().get("currentProgressDefinition");
        assertThat(raw).isNotNull();
        assertThat(raw.json()).startsWith("\"");
        assertThat(kr.unrecognized().problems()).singleElement()
            .satisfies(p -> assertThat(p.jsonPath()).matches("\\$\\.krs\\[\\d+]\\.currentProgressDefinition"));
      });
      assertThat(graph.keyResults()).extracting(HasUnrecognized::unrecognized).doesNotContainNull();
    }
  }
}
