package io.okrsdk.gtmhub.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/** The latest confidence reported on a key result: {@code confidence}. */
@OkrModel
@Value.Immutable
public interface MetricConfidence extends HasUnrecognized {
  /**
   * When the confidence was reported.
   *
   * @return the date-time
   */
  Optional<OffsetDateTime> date();

  /**
   * Why the reporter chose this confidence.
   *
   * @return the reason
   */
  Optional<String> reason();

  /**
   * Who reported it.
   *
   * @return the user id
   */
  Optional<String> userId();

  /**
   * The confidence value.
   *
   * @return the value
   */
  Optional<Double> value();

  /**
   * A builder with one method per attribute, named like the attribute's accessor above: an
   * {@code Optional<T>} attribute is set with a {@code T} (or an {@code Optional}), a list with
   * {@code addX(..)}, {@code addAllX(..)} or {@code x(Iterable)}, a map with {@code putX(..)}.
   * Unset optional attributes stay empty (a request model then leaves them out of the JSON);
   * {@code build()} throws {@link IllegalStateException} naming any required attribute that was
   * not set. The builder's type, {@code ImmutableMetricConfidence.Builder}, is generated at compile time
   * and not listed in this Javadoc.
   *
   * @return a new builder
   */
  static ImmutableMetricConfidence.Builder builder() {
    return ImmutableMetricConfidence.builder();
  }
}
