package io.okrsdk.gtmhub.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.util.List;
import org.immutables.value.Value;

/**
 * The users to select as a goal's reviewers: {@code {"reviewers": ["<user id>", ...]}}. Each needs
 * read and update permission on the goal.
 */
@OkrModel
@Value.Immutable
public interface GoalReviewers extends HasUnrecognized {
  /**
   * The reviewers' user ids.
   *
   * @return the ids
   */
  List<String> reviewers();

  /**
   * The body for the given reviewers.
   *
   * @param userIds the reviewers' user ids
   * @return the body
   */
  static GoalReviewers of(Iterable<String> userIds) {
    return builder().reviewers(userIds).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  static ImmutableGoalReviewers.Builder builder() {
    return ImmutableGoalReviewers.builder();
  }
}
