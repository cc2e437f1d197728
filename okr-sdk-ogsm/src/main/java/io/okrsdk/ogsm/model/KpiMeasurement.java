package io.okrsdk.ogsm.model;

import com.squareup.moshi.Json;
import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import org.immutables.value.Value;

/**
 * A measurement recorded for a KPI (an "indicator report" in the API), such as {@code {"id": 123,
 * "indicator": {"id": 456}, "at": "2024-01-01", "current_value": 78.9, ...}}.
 */
@OkrModel
@Value.Immutable
public interface KpiMeasurement extends Measurement, HasUnrecognized {
  /**
   * The KPI the measurement belongs to (the API's {@code indicator}).
   *
   * @return a reference to the KPI
   */
  @Json(name = "indicator")
  Reference kpi();

  /**
   * A new builder.
   *
   * @return the builder
   */
  static ImmutableKpiMeasurement.Builder builder() {
    return ImmutableKpiMeasurement.builder();
  }
}
