package io.okrsdk.testing.ogsm;

import io.okrsdk.core.json.OpenEnum;
import io.okrsdk.ogsm.model.AggregationMethod;
import io.okrsdk.ogsm.model.CanvasReference;
import io.okrsdk.ogsm.model.ChartType;
import io.okrsdk.ogsm.model.Goal;
import io.okrsdk.ogsm.model.GoalMeasurement;
import io.okrsdk.ogsm.model.Kpi;
import io.okrsdk.ogsm.model.Label;
import io.okrsdk.ogsm.model.Person;
import io.okrsdk.ogsm.model.Reference;
import io.okrsdk.ogsm.model.TrafficLight;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Deterministic made-up OGSM items: the same arguments always give the same item, so generated data
 * of any size is reproducible. Fields vary with the item's number (units, colours, owners, archived
 * flags, chart minimums), and optional fields are sometimes left out, as on a real environment.
 */
public final class OgsmGenerator {
  private static final String[] UNITS = {"EUR", "%", "customers"};
  private static final TrafficLight[] LIGHTS = {TrafficLight.RED, TrafficLight.ORANGE, TrafficLight.GREEN};
  private static final int OWNERS = 7;
  private static final long CANVAS_ID = 789;
  private static final LocalDate FIRST_DATE = LocalDate.of(2024, 1, 1);

  private OgsmGenerator() {}

  /**
   * The goal with the given number, titled {@code Goal <n>}. Every fourth has no traffic light and
   * no owner, every tenth is archived, every other has a chart minimum of 0.
   *
   * @param id the goal's id
   * @param n the goal's number, from 1
   * @return the goal
   */
  public static Goal goal(long id, int n) {
    return Goal.builder()
        .id(id)
        .title("Goal " + n)
        .addLabels(label(n))
        .description("<p>Generated goal " + n + "</p>")
        .targetUnit(UNITS[n % UNITS.length])
        .assignee(owner(n))
        .addCanvases(canvas(n))
        .trafficLight(light(n))
        .archived(n % 10 == 0)
        .chartVerticalMin(chartMin(n))
        .aggregationMethod(OpenEnum.of(AggregationMethod.SUM))
        .chartType(OpenEnum.of(ChartType.LINE))
        .build();
  }

  /**
   * The KPI with the given number, titled {@code KPI <n>}, measuring one strategy. Varies like
   * {@link #goal(long, int)}.
   *
   * @param id the KPI's id
   * @param n the KPI's number, from 1
   * @param strategyId the strategy it measures
   * @return the KPI
   */
  public static Kpi kpi(long id, int n, long strategyId) {
    return Kpi.builder()
        .id(id)
        .title("KPI " + n)
        .addLabels(label(n))
        .description("<p>Generated KPI " + n + "</p>")
        .targetUnit(UNITS[n % UNITS.length])
        .assignee(owner(n))
        .addStrategies(Reference.of(strategyId))
        .addCanvases(canvas(n))
        .trafficLight(light(n))
        .archived(n % 10 == 0)
        .chartVerticalMin(chartMin(n))
        .aggregationMethod(OpenEnum.of(AggregationMethod.SUM))
        .chartType(OpenEnum.of(ChartType.LINE))
        .build();
  }

  /**
   * The measurement with the given number of a goal: dated {@code n - 1} months after 2024-01-01,
   * with a value that grows with {@code n} and a target on every third.
   *
   * @param id the measurement's id
   * @param goalId the goal it belongs to
   * @param n the measurement's number for that goal, from 1
   * @return the measurement
   */
  public static GoalMeasurement goalMeasurement(long id, long goalId, int n) {
    return GoalMeasurement.builder()
        .id(id)
        .goal(Reference.of(goalId))
        .at(FIRST_DATE.plusMonths(n - 1L))
        .currentValue(BigDecimal.valueOf(1000L + 25L * n + goalId % 100, 1))
        .targetValue(n % 3 == 0 ? Optional.of(BigDecimal.valueOf(100L + 3L * n)) : Optional.empty())
        .trafficLight(light(n))
        .showInOgsm(n % 2 == 0)
        .build();
  }

  private static Label label(int n) {
    return Label.builder().name(n % 2 == 0 ? "even" : "odd").build();
  }

  private static Optional<Person> owner(int n) {
    return n % 4 == 0 ? Optional.empty() : Optional.of(Person.builder().name("Owner " + (n % OWNERS + 1)).build());
  }

  private static CanvasReference canvas(int n) {
    return CanvasReference.builder().id(CANVAS_ID).rowOrder((long) n).build();
  }

  private static Optional<OpenEnum<TrafficLight>> light(int n) {
    return n % 4 == 0 ? Optional.empty() : Optional.of(OpenEnum.of(LIGHTS[n % LIGHTS.length]));
  }

  private static Optional<BigDecimal> chartMin(int n) {
    return n % 2 == 0 ? Optional.of(BigDecimal.ZERO) : Optional.empty();
  }
}
