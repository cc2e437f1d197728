package io.okrsdk.gtmhub.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.util.Optional;
import org.immutables.value.Value;

/** Whether and how a goal was closed: {@code closedStatus}. */
@OkrModel
@Value.Immutable
public interface ClosedStatus extends HasUnrecognized {
  /**
   * The closed status as the server spells it.
   *
   * @return the status
   */
  Optional<String> status();

  /**
   * A builder.
   *
   * @return a new builder
   */
  static ImmutableClosedStatus.Builder builder() {
    return ImmutableClosedStatus.builder();
  }
}
