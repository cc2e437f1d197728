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
 * A KPI measurement to create: the KPI, the date and the value, and optionally a target value, a
 * status colour, whether to show it on the OGSM and a description. The server generates the id.
 *
 * <pre>{@code
 * NewKpiMeasurement measurement = NewKpiMeasurement.builder()
 *     .kpi(Reference.of(123))
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
public interface NewKpiMeasurement extends HasUnrecognized {
  /**
   * The KPI to record the measurement for (the API's {@code indicator}).
   *
   * @return a reference to the KPI
   */
  @Json(name = "indicator")
  Reference kpi();

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
   * Refuses a KPI id that cannot name a KPI (zero or negative, as an unset {@code long} would
   * be).
   *
   * @throws IllegalArgumentException when the KPI id is not positive
   */
  @Value.Check
  default void check() {
    Checks.positiveId(kpi().id(), "KPI id");
  }

  /**
   * The measurement with only the three values the API requires.
   *
   * @param kpiId the KPI's id, positive
   * @param at the date the measurement is for
   * @param currentValue the measured value
   * @return the measurement
   * @throws IllegalArgumentException when a value is missing or the id is not positive
   */
  static NewKpiMeasurement of(long kpiId, LocalDate at, BigDecimal currentValue) {
    return builder()
        .kpi(Reference.of(Checks.positiveId(kpiId, "kpiId")))
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
   * not set. The builder's type, {@code ImmutableNewKpiMeasurement.Builder}, is generated at compile time
   * and not listed in this Javadoc.
   *
   * @return the builder
   */
  static ImmutableNewKpiMeasurement.Builder builder() {
    return ImmutableNewKpiMeasurement.builder();
  }
}
