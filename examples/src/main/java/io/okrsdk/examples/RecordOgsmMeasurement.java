package io.okrsdk.examples;

import io.okrsdk.core.OkrException;
import io.okrsdk.core.json.OpenEnum;
import io.okrsdk.ogsm.OgsmClient;
import io.okrsdk.ogsm.model.Goal;
import io.okrsdk.ogsm.model.GoalMeasurement;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * Records a measurement for an OGSM goal, then shows the goal's measurements.
 *
 * <pre>
 * RecordOgsmMeasurement [goal-id [value]]
 * </pre>
 *
 * <p>Without a goal id it uses the first goal that is not archived; without a value it records
 * 45.6. The date is today. With {@code OKRSDK_OGSM_SUBDOMAIN} (or {@code OKRSDK_OGSM_BASE_URL}),
 * {@code OKRSDK_OGSM_USERNAME} and {@code OKRSDK_OGSM_PASSWORD} set it writes to that environment;
 * otherwise to an embedded fake server.
 */
public final class RecordOgsmMeasurement {
  static final String USAGE = "usage: RecordOgsmMeasurement [goal-id [value]]";
  static final BigDecimal DEFAULT_VALUE = new BigDecimal("45.6");
  private static final int GOALS_SHOWN = 10;

  private RecordOgsmMeasurement() {}

  public static void main(String[] args) {
    int status = run(args, System.out, System.err, System.getenv(), LocalDate.now());
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Parses the arguments, connects, records; returns the exit status (0, 1 on failure, 2 on bad arguments). */
  static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env, LocalDate today) {
    OptionalLong goalId;
    BigDecimal value;
    try {
      goalId = args.length > 0 ? OptionalLong.of(parseGoalId(args[0])) : OptionalLong.empty();
      value = args.length > 1 ? new BigDecimal(args[1]) : DEFAULT_VALUE;
      if (args.length > 2) {
        throw new IllegalArgumentException("too many arguments");
      }
    } catch (IllegalArgumentException e) {
      err.println("bad arguments: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    try (Connection<OgsmClient> connection =
        Platforms.ogsm(out, env)) {
      record(connection.client(), out, goalId, value, today);
      return 0;
    } catch (OkrException | IllegalArgumentException | IllegalStateException e) {
      err.println("failed: " + e.getMessage());
      return 1;
    }
  }


  /**
   * Lists the goals, records {@code value} for the chosen goal on {@code at}, and prints the created
   * measurement and the goal's measurements.
   *
   * @param ogsm the client
   * @param out where to print
   * @param goalId the goal, or empty for the first goal that is not archived
   * @param value the value to record
   * @param at the date to record it for
   * @return the created measurement
   */
  public static GoalMeasurement record(
      OgsmClient ogsm, PrintStream out, OptionalLong goalId, BigDecimal value, LocalDate at) {
    List<Goal> goals = ogsm.goals().listAll();
    out.println("Goals (" + goals.size() + "):");
    goals.stream().limit(GOALS_SHOWN).forEach(goal -> out.println("  " + describe(goal)));
    if (goals.size() > GOALS_SHOWN) {
      out.println("  ... and " + (goals.size() - GOALS_SHOWN) + " more");
    }

    Goal goal = choose(goals, goalId);
    out.println("Recording " + value.toPlainString() + " for goal " + goal.id() + " \"" + goal.title() + "\" on " + at);
    GoalMeasurement created = ogsm.goalMeasurements().create(goal, at, value);
    out.println("Created measurement " + created.id() + ": " + describe(created));

    List<GoalMeasurement> history = ogsm.goalMeasurements().listAll().stream()
        .filter(measurement -> measurement.goal().id() == goal.id())
        .sorted(Comparator.comparing((GoalMeasurement measurement) -> measurement.at().orElse(LocalDate.MIN)).thenComparingLong(GoalMeasurement::id))
        .collect(Collectors.toList());
    out.println("Measurements of goal " + goal.id() + " (" + history.size() + "):");
    history.forEach(measurement -> out.println("  " + describe(measurement)));
    return created;
  }

  private static Goal choose(List<Goal> goals, OptionalLong goalId) {
    if (goalId.isPresent()) {
      return goals.stream()
          .filter(goal -> goal.id() == goalId.getAsLong())
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("there is no goal with id " + goalId.getAsLong()));
    }
    return goals.stream()
        .filter(goal -> !goal.archived())
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("there is no goal that is not archived"));
  }

  private static long parseGoalId(String text) {
    long id = Long.parseLong(text.trim());
    if (id <= 0) {
      throw new IllegalArgumentException("goal id must be positive, was " + id);
    }
    return id;
  }

  private static String describe(Goal goal) {
    return goal.id() + "  " + goal.title()
        + "  [" + goal.trafficLight().map(OpenEnum::value).orElse("no status") + "]"
        + goal.targetUnit().map(unit -> "  in " + unit).orElse("")
        + (goal.archived() ? "  (archived)" : "");
  }

  private static String describe(GoalMeasurement measurement) {
    return measurement.at().map(Object::toString).orElse("(no date)")
        + "  " + measurement.currentValue().map(BigDecimal::toPlainString).orElse("-")
        + measurement.targetValue().map(target -> "  target " + target.toPlainString()).orElse("")
        + measurement.trafficLight().map(light -> "  [" + light.value() + "]").orElse("")
        + measurement.descriptionText().map(text -> "  " + text).orElse("");
  }
}
