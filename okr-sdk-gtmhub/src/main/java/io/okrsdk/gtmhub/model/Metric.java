package io.okrsdk.gtmhub.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import io.okrsdk.core.json.OpenEnum;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A key result ("metric" in the API) of a goal. Goals carry their metrics only when asked for
 * (for example with the fields projection {@code metrics{name,attainment}}), and a projection may
 * leave out any field, the id included.
 */
@OkrModel
@Value.Immutable
public interface Metric extends HasUnrecognized {
  /** The service's "no due date" value: year 1, as {@code 0001-01-01T00:00:00Z}. */
  int NO_DUE_DATE_YEAR = 1;

  /**
   * The key result's id.
   *
   * @return the id
   */
  Optional<String> id();

  /**
   * The key result's name.
   *
   * @return the name
   */
  Optional<String> name();

  /**
   * The description, in mention markup unless plain text was asked for.
   *
   * @return the description
   */
  Optional<String> description();

  /**
   * Progress towards the target as a fraction (1 means reached).
   *
   * @return the attainment
   */
  Optional<Double> attainment();

  /**
   * The current value.
   *
   * @return the actual value
   */
  Optional<BigDecimal> actual();

  /**
   * The value to reach.
   *
   * @return the target
   */
  Optional<BigDecimal> target();

  /**
   * The value at the start.
   *
   * @return the initial value
   */
  Optional<BigDecimal> initialValue();

  /**
   * The kind of value a manual key result holds.
   *
   * @return the manual type; unknown values are kept
   */
  Optional<OpenEnum<ManualType>> manualType();

  /**
   * How the actual value is compared with the target.
   *
   * @return the operator; unknown values are kept
   */
  Optional<OpenEnum<TargetOperator>> targetOperator();

  /**
   * Whether the key result is critical.
   *
   * @return the flag
   */
  Optional<Boolean> critical();

  /**
   * The due date exactly as sent; {@code 0001-01-01T00:00:00Z} means none (see {@link
   * #dueDateIfSet()}).
   *
   * @return the due date
   */
  Optional<OffsetDateTime> dueDate();

  /**
   * The latest reported confidence.
   *
   * @return the confidence
   */
  Optional<MetricConfidence> confidence();

  /**
   * The session (OKR period) the key result belongs to.
   *
   * @return the session id
   */
  Optional<String> sessionId();

  /**
   * The owners' ids.
   *
   * @return the owner ids, empty when none were sent
   */
  List<String> ownerIds();

  /**
   * The goal (objective) the key result belongs to.
   *
   * @return the goal id
   */
  Optional<String> goalId();

  /**
   * How the values are shown.
   *
   * @return the format
   */
  Optional<MetricFormat> format();

  /**
   * The due date, empty when there is none or the service sent its "none" value (year 1).
   *
   * @return the due date when one is set
   */
  default Optional<OffsetDateTime> dueDateIfSet() {
    return dueDate().filter(date -> date.getYear() > NO_DUE_DATE_YEAR);
  }

  /**
   * A builder with one method per attribute, named like the attribute's accessor above: an
   * {@code Optional<T>} attribute is set with a {@code T} (or an {@code Optional}), a list with
   * {@code addX(..)}, {@code addAllX(..)} or {@code x(Iterable)}, a map with {@code putX(..)}.
   * Unset optional attributes stay empty (a request model then leaves them out of the JSON);
   * {@code build()} throws {@link IllegalStateException} naming any required attribute that was
   * not set. The builder's type, {@code ImmutableMetric.Builder}, is generated at compile time
   * and not listed in this Javadoc.
   *
   * @return a new builder
   */
  static ImmutableMetric.Builder builder() {
    return ImmutableMetric.builder();
  }
}
