package io.okrsdk.ogsm.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import org.immutables.value.Value;

/**
 * A strategy of an OGSM: a choice of how the goals are reached, measured by KPIs and carried out
 * by actions. Carries the fields every {@link OgsmItem} has.
 */
@OkrModel
@Value.Immutable
public interface Strategy extends OgsmItem, HasUnrecognized {
  /**
   * A new builder.
   *
   * @return the builder
   */
  static ImmutableStrategy.Builder builder() {
    return ImmutableStrategy.builder();
  }
}
