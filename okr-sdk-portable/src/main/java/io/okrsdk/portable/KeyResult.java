package io.okrsdk.portable;

import io.okrsdk.core.json.OkrModel;
import org.immutables.value.Value;

/** A measurable result under an objective: a Gtmhub metric, a Jira key result, an OGSM goal or KPI. */
@OkrModel
@Value.Immutable
public interface KeyResult extends OkrItem {
  /**
   * The id of the objective it belongs to.
   *
   * @return the objective's id
   */
  String objectiveId();

  /** Progress stays a fraction. */
  @Value.Check
  default void check() {
    Progress.check(progress());
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  static ImmutableKeyResult.Builder builder() {
    return ImmutableKeyResult.builder();
  }
}
