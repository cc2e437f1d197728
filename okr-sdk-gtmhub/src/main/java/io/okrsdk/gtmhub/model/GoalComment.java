package io.okrsdk.gtmhub.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import org.immutables.value.Value;

/** The reason given when approving or declining a goal: {@code {"comment": "..."}}. */
@OkrModel
@Value.Immutable
public interface GoalComment extends HasUnrecognized {
  /**
   * The reason.
   *
   * @return the comment
   */
  String comment();

  /**
   * A comment.
   *
   * @param comment the reason (may be empty, not {@code null})
   * @return the body
   */
  static GoalComment of(String comment) {
    return builder().comment(comment).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  static ImmutableGoalComment.Builder builder() {
    return ImmutableGoalComment.builder();
  }
}
