package io.okrsdk.gtmhub.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import io.okrsdk.core.json.WireAlias;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A key result's value history ({@code GET /api/v1/metrics/{metricId}/values}).
 *
 * <p>The answer's shape is not published. This reads the list envelope {@code {"items": [...]}},
 * the same list under {@code values} or {@code data}, or a bare JSON array, all into {@link
 * #items()}.
 */
@OkrModel
@Value.Immutable
public interface MetricValueHistory extends HasUnrecognized {
  /**
   * The values, in the order sent.
   *
   * @return the values, empty when none were sent
   */
  @WireAlias({"values", "data"})
  List<MetricValue> items();

  /**
   * How many values there are, when the service says.
   *
   * @return the total
   */
  Optional<Long> totalCount();

  /**
   * A history of these values.
   *
   * @param values the values
   * @return the history
   */
  static MetricValueHistory of(List<MetricValue> values) {
    return builder().items(values).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  static ImmutableMetricValueHistory.Builder builder() {
    return ImmutableMetricValueHistory.builder();
  }
}
