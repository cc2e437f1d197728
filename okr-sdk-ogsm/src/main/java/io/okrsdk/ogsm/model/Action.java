package io.okrsdk.ogsm.model;

import com.squareup.moshi.Json;
import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import io.okrsdk.core.json.OpenEnum;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** An action of an OGSM: work that carries out a strategy, with dates, people and progress. */
@OkrModel
@Value.Immutable
public interface Action extends OgsmItem, HasUnrecognized {
  /**
   * The strategies the action carries out.
   *
   * @return references to the strategies, empty when there are none
   */
  List<Reference> strategies();

  /**
   * The people involved besides the assignee.
   *
   * @return the people, empty when there are none
   */
  List<Person> involved();

  /**
   * When the action starts.
   *
   * @return the start date, empty when none is set
   */
  Optional<LocalDate> start();

  /**
   * When the action is due.
   *
   * @return the due date, empty when none is set
   */
  Optional<LocalDate> due();

  /**
   * The action's workflow status.
   *
   * @return the status, empty when none is set
   */
  Optional<ActionStatus> status();

  /**
   * The name of the action's workflow status, such as {@code doing}.
   *
   * @return the name, empty when no status is set
   */
  default Optional<String> statusName() {
    return status().map(ActionStatus::name);
  }

  /**
   * The current status colour.
   *
   * @return the colour (unknown colours kept), empty when none is set
   */
  @Json(name = "traffic_light")
  Optional<OpenEnum<TrafficLight>> trafficLight();

  /**
   * How far the action is, in percent (the example shows {@code 50}).
   *
   * @return the progress, empty when none is set
   */
  Optional<BigDecimal> progress();

  /**
   * A builder with one method per attribute, named like the attribute's accessor above: an
   * {@code Optional<T>} attribute is set with a {@code T} (or an {@code Optional}), a list with
   * {@code addX(..)}, {@code addAllX(..)} or {@code x(Iterable)}, a map with {@code putX(..)}.
   * Unset optional attributes stay empty (a request model then leaves them out of the JSON);
   * {@code build()} throws {@link IllegalStateException} naming any required attribute that was
   * not set. The builder's type, {@code ImmutableAction.Builder}, is generated at compile time
   * and not listed in this Javadoc.
   *
   * @return the builder
   */
  static ImmutableAction.Builder builder() {
    return ImmutableAction.builder();
  }
}
