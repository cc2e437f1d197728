package io.okrsdk.ogsm.model;

import com.squareup.moshi.Json;
import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import org.immutables.value.Value;

/**
 * The body of {@code POST /api/v2/indicator_reports.json}: the new measurement wrapped as {@code
 * {"indicator_report": {...}}}.
 */
@OkrModel
@Value.Immutable
public interface KpiMeasurementBody extends HasUnrecognized {
  /**
   * The measurement to create.
   *
   * @return the measurement
   */
  @Json(name = "indicator_report")
  NewKpiMeasurement indicatorReport();

  /**
   * The body for a measurement.
   *
   * @param measurement the measurement to create
   * @return the body
   */
  static KpiMeasurementBody of(NewKpiMeasurement measurement) {
    return builder().indicatorReport(Arguments.require(measurement, "measurement")).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  static ImmutableKpiMeasurementBody.Builder builder() {
    return ImmutableKpiMeasurementBody.builder();
  }
}
