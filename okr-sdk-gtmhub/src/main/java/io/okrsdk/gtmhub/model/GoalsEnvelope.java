package io.okrsdk.gtmhub.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.util.List;
import org.immutables.value.Value;

/**
 * The wrapped body of a bulk create, {@code {"goals": [...]}}, sent only when the client is built
 * with {@code BulkBodyStyle.WRAPPED}.
 */
@OkrModel
@Value.Immutable
public interface GoalsEnvelope extends HasUnrecognized {
  /**
   * The goals to create.
   *
   * @return the goals
   */
  List<GoalRequest> goals();

  /**
   * The envelope of these goals.
   *
   * @param goals the goals
   * @return the body
   */
  static GoalsEnvelope of(List<GoalRequest> goals) {
    return ImmutableGoalsEnvelope.builder().goals(goals).build();
  }
}
