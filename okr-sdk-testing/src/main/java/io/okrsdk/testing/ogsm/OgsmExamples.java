package io.okrsdk.testing.ogsm;

import io.okrsdk.core.json.OpenEnum;
import io.okrsdk.ogsm.model.Action;
import io.okrsdk.ogsm.model.ActionStatus;
import io.okrsdk.ogsm.model.AggregationMethod;
import io.okrsdk.ogsm.model.CanvasReference;
import io.okrsdk.ogsm.model.ChartType;
import io.okrsdk.ogsm.model.Goal;
import io.okrsdk.ogsm.model.GoalMeasurement;
import io.okrsdk.ogsm.model.Kpi;
import io.okrsdk.ogsm.model.KpiMeasurement;
import io.okrsdk.ogsm.model.Label;
import io.okrsdk.ogsm.model.Objective;
import io.okrsdk.ogsm.model.Person;
import io.okrsdk.ogsm.model.Reference;
import io.okrsdk.ogsm.model.Strategy;
import io.okrsdk.ogsm.model.TrafficLight;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The example objects of the OGSM API documentation, one of each kind, as model values.
 *
 * <p>The documentation gives every example the id {@value #ID} and points its references at {@code
 * 456}, an item it does not show. Here the references point at the examples themselves (the goal
 * measurement at the goal, the KPI measurement at the KPI, the KPI and the action at the strategy),
 * so a store seeded with them is consistent. Every other field is as documented.
 */
public final class OgsmExamples {
  /** The id of every example object. */
  public static final long ID = 123;

  /** The canvas every example appears on. */
  private static final CanvasReference CANVAS = CanvasReference.builder().id(789).rowOrder(91L).build();

  private static final List<Label> LABELS =
      List.of(Label.builder().name("label 1").build(), Label.builder().name("Label 2").build());

  private static final Person ASSIGNEE = Person.builder().name("Firstname Lastname").build();

  private static final String DESCRIPTION = "<p>Description</p>";

  private OgsmExamples() {}

  /**
   * The documented objective.
   *
   * @return the objective
   */
  public static Objective objective() {
    return Objective.builder()
        .id(ID)
        .title("Objective title")
        .labels(LABELS)
        .description(DESCRIPTION)
        .assignee(ASSIGNEE)
        .addCanvases(CANVAS)
        .archived(false)
        .build();
  }

  /**
   * The documented goal: unit {@code EUR}, traffic light red, no chart minimum.
   *
   * @return the goal
   */
  public static Goal goal() {
    return Goal.builder()
        .id(ID)
        .title("Goal title")
        .labels(LABELS)
        .description(DESCRIPTION)
        .targetUnit("EUR")
        .assignee(ASSIGNEE)
        .addCanvases(CANVAS)
        .trafficLight(OpenEnum.of(TrafficLight.RED))
        .archived(false)
        .aggregationMethod(OpenEnum.of(AggregationMethod.SUM))
        .chartType(OpenEnum.of(ChartType.LINE))
        .build();
  }

  /**
   * The documented goal measurement, for {@link #goal()}: 78.9 on 2024-01-01, green.
   *
   * @return the measurement
   */
  public static GoalMeasurement goalMeasurement() {
    return GoalMeasurement.builder()
        .id(ID)
        .goal(Reference.of(ID))
        .at(LocalDate.of(2024, 1, 1))
        .currentValue(new BigDecimal("78.9"))
        .trafficLight(OpenEnum.of(TrafficLight.GREEN))
        .showInOgsm(false)
        .description("Example")
        .build();
  }

  /**
   * The documented strategy.
   *
   * @return the strategy
   */
  public static Strategy strategy() {
    return Strategy.builder()
        .id(ID)
        .title("Strategy title")
        .labels(LABELS)
        .description(DESCRIPTION)
        .assignee(ASSIGNEE)
        .addCanvases(CANVAS)
        .archived(false)
        .build();
  }

  /**
   * The documented KPI, measuring {@link #strategy()}.
   *
   * @return the KPI
   */
  public static Kpi kpi() {
    return Kpi.builder()
        .id(ID)
        .title("KPI title")
        .labels(LABELS)
        .description(DESCRIPTION)
        .targetUnit("EUR")
        .assignee(ASSIGNEE)
        .addStrategies(Reference.of(ID))
        .addCanvases(CANVAS)
        .trafficLight(OpenEnum.of(TrafficLight.RED))
        .archived(false)
        .aggregationMethod(OpenEnum.of(AggregationMethod.SUM))
        .chartType(OpenEnum.of(ChartType.LINE))
        .build();
  }

  /**
   * The documented KPI measurement, for {@link #kpi()}: 78.9 on 2024-01-01, green.
   *
   * @return the measurement
   */
  public static KpiMeasurement kpiMeasurement() {
    return KpiMeasurement.builder()
        .id(ID)
        .kpi(Reference.of(ID))
        .at(LocalDate.of(2024, 1, 1))
        .currentValue(new BigDecimal("78.9"))
        .trafficLight(OpenEnum.of(TrafficLight.GREEN))
        .showInOgsm(false)
        .description("Example")
        .build();
  }

  /**
   * The documented action, carrying out {@link #strategy()}: 2024, status {@code doing}, 50%.
   *
   * @return the action
   */
  public static Action action() {
    return Action.builder()
        .id(ID)
        .title("Action title")
        .labels(LABELS)
        .addStrategies(Reference.of(ID))
        .description(DESCRIPTION)
        .assignee(ASSIGNEE)
        .addInvolved(Person.builder().name("Another name").build())
        .start(LocalDate.of(2024, 1, 1))
        .due(LocalDate.of(2024, 12, 31))
        .status(ActionStatus.builder().name("doing").build())
        .addCanvases(CANVAS)
        .trafficLight(OpenEnum.of(TrafficLight.GREEN))
        .progress(new BigDecimal("50"))
        .archived(false)
        .build();
  }
}
