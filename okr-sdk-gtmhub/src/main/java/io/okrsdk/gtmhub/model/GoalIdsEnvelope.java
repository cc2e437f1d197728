package io.okrsdk.gtmhub.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.util.List;
import org.immutables.value.Value;

/**
 * The wrapped body of a bulk delete, {@code {"goalsIds": [...]}}, sent only when the client is
 * built with {@code BulkBodyStyle.WRAPPED}.
 */
@OkrModel
@Value.Immutable
public interface GoalIdsEnvelope extends HasUnrecognized {
  /**
   * The ids of the goals to delete.
   *
   * @return the ids
   */
  List<String> goalsIds();

  /**
   * The envelope of these ids.
   *
   * @param goalIds the ids
   * @return the body
   */
  static GoalIdsEnvelope of(List<String> goalIds) {
    return ImmutableGoalIdsEnvelope.builder().goalsIds(goalIds).build();
  }
}
