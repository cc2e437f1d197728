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
   * A builder with one method per attribute, named like the attribute's accessor above: an
   * {@code Optional<T>} attribute is set with a {@code T} (or an {@code Optional}), a list with
   * {@code addX(..)}, {@code addAllX(..)} or {@code x(Iterable)}, a map with {@code putX(..)}.
   * Unset optional attributes stay empty (a request model then leaves them out of the JSON);
   * {@code build()} throws {@link IllegalStateException} naming any required attribute that was
   * not set. The builder's type, {@code ImmutableMetricFormat.Builder}, is generated at compile time
   * and not listed in this Javadoc.
   *
   * @return a new builder
   */
  static ImmutableMetricFormat.Builder builder() {
    return ImmutableMetricFormat.builder();
  }
}
