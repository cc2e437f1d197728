package io.okrsdk.gtmhub.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.util.Optional;
import org.immutables.value.Value;

/** How a key result's values are shown: {@code format}. */
@OkrModel
@Value.Immutable
public interface MetricFormat extends HasUnrecognized {
  /**
   * Text shown before the value, such as {@code $}.
   *
   * @return the prefix
   */
  Optional<String> prefix();

  /**
   * Text shown after the value, such as {@code %}.
   *
   * @return the suffix
   */
  Optional<String> suffix();

  /**
   * How many decimal places are shown.
   *
   * @return the fraction size
   */
  Optional<Integer> fractionSize();

  /**
   * A builder.
   *
   * @return a new builder
   */
  static ImmutableMetricFormat.Builder builder() {
    return ImmutableMetricFormat.builder();
  }
}
