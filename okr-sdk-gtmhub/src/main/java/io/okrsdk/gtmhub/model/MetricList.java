package io.okrsdk.gtmhub.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One page of metrics (key results): the list envelope {@code {"items": [...], "totalCount": n}}. */
@OkrModel
@Value.Immutable
public interface MetricList extends HasUnrecognized {
  /**
   * The metrics (key results) on this page.
   *
   * @return the metrics (key results), empty when none were sent
   */
  List<Metric> items();

  /**
   * How many metrics (key results) match the query in total, across all pages.
   *
   * @return the total, when sent
   */
  Optional<Long> totalCount();

  /**
   * A builder.
   *
   * @return a new builder
   */
  static ImmutableMetricList.Builder builder() {
    return ImmutableMetricList.builder();
  }
}
