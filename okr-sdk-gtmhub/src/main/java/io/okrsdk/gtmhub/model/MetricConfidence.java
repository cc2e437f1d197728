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
   * A builder.
   *
   * @return a new builder
   */
  static ImmutableMetricConfidence.Builder builder() {
    return ImmutableMetricConfidence.builder();
  }
}
