package io.okrsdk.ogsm.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.util.List;
import org.immutables.value.Value;

/**
 * A KPI ("indicator" in the API's paths): a measure of a strategy's progress. Its measurements are
 * {@link KpiMeasurement}s.
 */
@OkrModel
@Value.Immutable
public interface Kpi extends Measurable, HasUnrecognized {
  /**
   * The strategies the KPI measures.
   *
   * @return references to the strategies, empty when there are none
   */
  List<Reference> strategies();

  /**
   * A new builder.
   *
   * @return the builder
   */
  static ImmutableKpi.Builder builder() {
    return ImmutableKpi.builder();
  }
}
