package io.okrsdk.ogsm.model;

import com.squareup.moshi.Json;
import io.okrsdk.core.internal.Checks;
import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A goal measurement to create: the goal, the date and the value, and optionally a target value, a
 * status colour, whether to show it on the OGSM and a description. The server generates the id.
 *
 * <pre>{@code
 * NewGoalMeasurement measurement = NewGoalMeasurement.builder()
 *     .goal(Reference.of(123))
 *     .at(LocalDate.of(2024, 10, 9))
 *     .currentValue(new BigDecimal("45.6"))
 *     .targetValue(new BigDecimal("50"))
 *     .trafficLight(TrafficLight.ORANGE)
 *     .build();
 * }</pre>
 *
 * <p>Written in the API's field order; fields left unset are left out of the request.
 */
@OkrModel
@Value.Immutable
public interface NewGoalMeasurement extends HasUnrecognized {
  /**
   * The goal to record the measurement for.
   *
   * @return a reference to the goal
   */
  Reference goal();

  /**
   * The date the measurement is for.
   *
   * @return the date
   */
  LocalDate at();

  /**
   * The measured value.
   *
   * @return the value
   */
  @Json(name = "current_value")
  BigDecimal currentValue();

  /**
   * The target value for this date.
   *
   * @return the target, empty to leave it out
   */
  @Json(name = "target_value")
  Optional<BigDecimal> targetValue();

  /**
   * The status colour to give the measurement.
   *
   * @return the colour, empty to leave it out
   */
  @Json(name = "traffic_light")
  Optional<TrafficLight> trafficLight();

  /**
   * Whether to show the measurement on the OGSM canvas.
   *
   * @return the flag, empty to leave it out
   */
  @Json(name = "show_in_ogsm")
  Optional<Boolean> showInOgsm();

  /**
   * A description of the measurement (OGSM shows descriptions as HTML).
   *
   * @return the description, empty to leave it out
   */
  Optional<String> description();

  /**
   * Refuses a goal id that cannot name a goal (zero or negative, as an unset {@code long} would
   * be).
   *
   * @throws IllegalArgumentException when the goal id is not positive
   */
  @Value.Check
  default void check() {
    Checks.positiveId(goal().id(), "goal id");
  }

  /**
   * The measurement with only the three values the API requires.
   *
   * @param goalId the goal's id, positive
   * @param at the date the measurement is for
   * @param currentValue the measured value
   * @return the measurement
   * @throws IllegalArgumentException when a value is missing or the id is not positive
   */
  static NewGoalMeasurement of(long goalId, LocalDate at, BigDecimal currentValue) {
    return builder()
        .goal(Reference.of(Checks.positiveId(goalId, "goalId")))
        .at(Checks.require(at, "at"))
        .currentValue(Checks.require(currentValue, "currentValue"))
        .build();
  }

  /**
   * A builder with one method per attribute, named like the attribute's accessor above: an
   * {@code Optional<T>} attribute is set with a {@code T} (or an {@code Optional}), a list with
   * {@code addX(..)}, {@code addAllX(..)} or {@code x(Iterable)}, a map with {@code putX(..)}.
   * Unset optional attributes stay empty (a request model then leaves them out of the JSON);
   * {@code build()} throws {@link IllegalStateException} naming any required attribute that was
   * not set. The builder's type, {@code ImmutableNewGoalMeasurement.Builder}, is generated at compile time
   * and not listed in this Javadoc.
   *
   * @return the builder
   */
  static ImmutableNewGoalMeasurement.Builder builder() {
    return ImmutableNewGoalMeasurement.builder();
  }
}
