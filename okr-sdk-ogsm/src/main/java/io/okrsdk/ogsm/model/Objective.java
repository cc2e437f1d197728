package io.okrsdk.ogsm.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import org.immutables.value.Value;

/**
 * The objective of an OGSM: the qualitative ambition of the plan. Carries the fields every {@link
 * OgsmItem} has.
 */
@OkrModel
@Value.Immutable
public interface Objective extends OgsmItem, HasUnrecognized {
  /**
   * A new builder.
   *
   * @return the builder
   */
  static ImmutableObjective.Builder builder() {
    return ImmutableObjective.builder();
  }
}
