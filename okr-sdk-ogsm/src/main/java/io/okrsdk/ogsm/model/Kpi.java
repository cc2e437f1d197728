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
   * A builder with one method per attribute, named like the attribute's accessor above: an
   * {@code Optional<T>} attribute is set with a {@code T} (or an {@code Optional}), a list with
   * {@code addX(..)}, {@code addAllX(..)} or {@code x(Iterable)}, a map with {@code putX(..)}.
   * Unset optional attributes stay empty (a request model then leaves them out of the JSON);
   * {@code build()} throws {@link IllegalStateException} naming any required attribute that was
   * not set. The builder's type, {@code ImmutableKpi.Builder}, is generated at compile time
   * and not listed in this Javadoc.
   *
   * @return the builder
   */
  static ImmutableKpi.Builder builder() {
    return ImmutableKpi.builder();
  }
}
