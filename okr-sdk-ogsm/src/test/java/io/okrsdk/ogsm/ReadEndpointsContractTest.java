package io.okrsdk.ogsm;

import static io.okrsdk.ogsm.OgsmTesting.ASYNC_WAIT;
import static io.okrsdk.ogsm.OgsmTesting.arrayOf;
import static io.okrsdk.ogsm.OgsmTesting.assertGet;
import static io.okrsdk.ogsm.OgsmTesting.clientFor;
import static io.okrsdk.ogsm.OgsmTesting.json;
import static io.okrsdk.ogsm.OgsmTesting.take;
import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.core.json.OpenEnum;
import io.okrsdk.core.paging.PagedIterable;
import io.okrsdk.core.testsupport.RecordingSleeper;
import io.okrsdk.ogsm.model.Action;
import io.okrsdk.ogsm.model.ActionStatus;
import io.okrsdk.ogsm.model.AggregationMethod;
import io.okrsdk.ogsm.model.CanvasReference;
import io.okrsdk.ogsm.model.ChartType;
import io.okrsdk.ogsm.model.Goal;
import io.okrsdk.ogsm.model.Kpi;
import io.okrsdk.ogsm.model.Label;
import io.okrsdk.ogsm.model.Objective;
import io.okrsdk.ogsm.model.OgsmItem;
import io.okrsdk.ogsm.model.Person;
import io.okrsdk.ogsm.model.Reference;
import io.okrsdk.ogsm.model.Strategy;
import io.okrsdk.ogsm.model.TrafficLight;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The five read-only endpoints: each is called through its service in all three styles (lazy
 * listing, list, async list), sends {@code GET} to the documented path with Basic credentials, and
 * decodes the docs' example object with every field.
 */
class ReadEndpointsContractTest {
  private static final List<Label> LABELS =
      List.of(Label.builder().name("label 1").build(), Label.builder().name("Label 2").build());
  private static final Person ASSIGNEE = Person.builder().name("Firstname Lastname").build();
  private static final CanvasReference CANVAS = CanvasReference.builder().id(789).rowOrder(91L).build();

  @StartStop final MockWebServer server = new MockWebServer();
  private OgsmClient client;

  @BeforeEach
  void setUp() {
    client = clientFor(server, new RecordingSleeper()).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @Test
  void listObjectives() throws Exception {
    Objective expected =
        Objective.builder()
            .id(123)
            .title("Objective title")
            .labels(LABELS)
            .description("<p>Description</p>")
            .assignee(ASSIGNEE)
            .canvases(List.of(CANVAS))
            .archived(false)
            .build();

    List<Objective> objectives =
        listedThreeWays(
            "objective.json",
            "/api/v2/objectives.json",
            () -> client.objectives().list(),
            () -> client.objectives().listAll(),
            () -> client.objectives().listAllAsync());

    assertThat(objectives).containsExactly(expected);
    assertCommonFields(objectives.get(0), "Objective title");
  }

  @Test
  void listGoals() throws Exception {
    Goal expected =
        Goal.builder()
            .id(123)
            .title("Goal title")
            .labels(LABELS)
            .description("<p>Description</p>")
            .targetUnit("EUR")
            .assignee(ASSIGNEE)
            .canvases(List.of(CANVAS))
            .trafficLight(OpenEnum.of(TrafficLight.RED))
            .archived(false)
            .aggregationMethod(OpenEnum.of(AggregationMethod.SUM))
            .chartType(OpenEnum.of(ChartType.LINE))
            .build();

    List<Goal> goals =
        listedThreeWays(
            "goal.json",
            "/api/v2/goals.json",
            () -> client.goals().list(),
            () -> client.goals().listAll(),
            () -> client.goals().listAllAsync());

    assertThat(goals).containsExactly(expected);
    Goal goal = goals.get(0);
    assertCommonFields(goal, "Goal title");
    assertThat(goal.targetUnit()).contains("EUR");
    assertThat(goal.trafficLight()).hasValueSatisfying(light -> {
      assertThat(light.is(TrafficLight.RED)).isTrue();
      assertThat(light.value()).isEqualTo("red");
    });
    assertThat(goal.chartVerticalMin()).isEmpty();
    assertThat(goal.aggregationMethod()).map(OpenEnum::value).contains("sum");
    assertThat(goal.aggregationMethod().flatMap(OpenEnum::known)).contains(AggregationMethod.SUM);
    assertThat(goal.chartType().flatMap(OpenEnum::known)).contains(ChartType.LINE);
  }

  @Test
  void listStrategies() throws Exception {
    Strategy expected =
        Strategy.builder()
            .id(123)
            .title("Strategy title")
            .labels(LABELS)
            .description("<p>Description</p>")
            .assignee(ASSIGNEE)
            .canvases(List.of(CANVAS))
            .archived(false)
            .build();

    List<Strategy> strategies =
        listedThreeWays(
            "strategy.json",
            "/api/v2/strategies.json",
            () -> client.strategies().list(),
            () -> client.strategies().listAll(),
            () -> client.strategies().listAllAsync());

    assertThat(strategies).containsExactly(expected);
    assertCommonFields(strategies.get(0), "Strategy title");
  }

  @Test
  void listKpisFromTheIndicatorsPath() throws Exception {
    Kpi expected =
        Kpi.builder()
            .id(123)
            .title("KPI title")
            .labels(LABELS)
            .description("<p>Description</p>")
            .targetUnit("EUR")
            .assignee(ASSIGNEE)
            .strategies(List.of(Reference.of(456)))
            .canvases(List.of(CANVAS))
            .trafficLight(OpenEnum.of(TrafficLight.RED))
            .archived(false)
            .aggregationMethod(OpenEnum.of(AggregationMethod.SUM))
            .chartType(OpenEnum.of(ChartType.LINE))
            .build();

    List<Kpi> kpis =
        listedThreeWays(
            "kpi.json",
            "/api/v2/indicators.json",
            () -> client.kpis().list(),
            () -> client.kpis().listAll(),
            () -> client.kpis().listAllAsync());

    assertThat(kpis).containsExactly(expected);
    Kpi kpi = kpis.get(0);
    assertCommonFields(kpi, "KPI title");
    assertThat(kpi.strategies()).extracting(Reference::id).containsExactly(456L);
    assertThat(kpi.targetUnit()).contains("EUR");
    assertThat(kpi.chartVerticalMin()).isEmpty();
  }

  @Test
  void listActions() throws Exception {
    Action expected =
        Action.builder()
            .id(123)
            .title("Action title")
            .labels(LABELS)
            .strategies(List.of(Reference.of(456)))
            .description("<p>Description</p>")
            .assignee(ASSIGNEE)
            .involved(List.of(Person.builder().name("Another name").build()))
            .start(LocalDate.of(2024, 1, 1))
            .due(LocalDate.of(2024, 12, 31))
            .status(ActionStatus.builder().name("doing").build())
            .canvases(List.of(CANVAS))
            .trafficLight(OpenEnum.of(TrafficLight.GREEN))
            .progress(new BigDecimal("50"))
            .archived(false)
            .build();

    List<Action> actions =
        listedThreeWays(
            "action.json",
            "/api/v2/actions.json",
            () -> client.actions().list(),
            () -> client.actions().listAll(),
            () -> client.actions().listAllAsync());

    assertThat(actions).containsExactly(expected);
    Action action = actions.get(0);
    assertCommonFields(action, "Action title");
    assertThat(action.involved()).extracting(Person::name).containsExactly("Another name");
    assertThat(action.start()).contains(LocalDate.of(2024, 1, 1));
    assertThat(action.due()).contains(LocalDate.of(2024, 12, 31));
    assertThat(action.statusName()).contains("doing");
    assertThat(action.trafficLight().flatMap(OpenEnum::known)).contains(TrafficLight.GREEN);
    assertThat(action.progress()).contains(new BigDecimal("50"));
  }

  /** The fields every OGSM item shares, read one by one from the docs' example. */
  private static void assertCommonFields(OgsmItem item, String title) {
    assertThat(item.id()).isEqualTo(123L);
    assertThat(item.title()).isEqualTo(title);
    assertThat(item.labels()).extracting(Label::name).containsExactly("label 1", "Label 2");
    assertThat(item.description()).contains("<p>Description</p>");
    assertThat(item.descriptionText()).contains("Description");
    assertThat(item.assignee().map(Person::name)).contains("Firstname Lastname");
    assertThat(item.canvases()).singleElement().satisfies(canvas -> {
      assertThat(canvas.id()).isEqualTo(789L);
      assertThat(canvas.rowOrder()).contains(91L);
    });
    assertThat(item.archived()).isFalse();
  }

  /**
   * Serves the fixture three times and reads it through the lazy listing, the list and the async
   * list; each must send the documented request and give the same single item.
   */
  private <T> List<T> listedThreeWays(
      String fixture,
      String path,
      Supplier<PagedIterable<T>> lazy,
      Supplier<List<T>> all,
      Supplier<CompletableFuture<List<T>>> async)
      throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(200, arrayOf(fixture)));
    }

    List<T> viaIterable = lazy.get().toList();
    assertGet(take(server), path);
    List<T> viaList = all.get();
    assertGet(take(server), path);
    List<T> viaAsync = async.get().get(ASYNC_WAIT.toSeconds(), TimeUnit.SECONDS);
    assertGet(take(server), path);

    assertThat(viaIterable).hasSize(1).isEqualTo(viaList).isEqualTo(viaAsync);
    assertThat(server.getRequestCount()).isEqualTo(3);
    return viaList;
  }
}
