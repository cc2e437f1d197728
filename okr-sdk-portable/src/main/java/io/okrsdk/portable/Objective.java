package io.okrsdk.portable;

import io.okrsdk.core.json.OkrModel;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** An objective with its key results and its place in the objective tree. */
@OkrModel
@Value.Immutable
public interface Objective extends OkrItem {
  /**
   * The parent objective's id.
   *
   * @return the parent's id, for objectives that have one
   */
  Optional<String> parentId();

  /**
   * The child objectives' ids, as far as the platform lists them on the parent.
   *
   * @return the children's ids
   */
  List<String> childIds();

  /**
   * The key results.
   *
   * @return the key results, in the platform's order
   */
  List<KeyResult> keyResults();

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
  static ImmutableObjective.Builder builder() {
    return ImmutableObjective.builder();
  }
}
