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
   * A builder with one method per attribute, named like the attribute's accessor above: an
   * {@code Optional<T>} attribute is set with a {@code T} (or an {@code Optional}), a list with
   * {@code addX(..)}, {@code addAllX(..)} or {@code x(Iterable)}, a map with {@code putX(..)}.
   * Unset optional attributes stay empty (a request model then leaves them out of the JSON);
   * {@code build()} throws {@link IllegalStateException} naming any required attribute that was
   * not set. The builder's type, {@code ImmutableGoalReviewers.Builder}, is generated at compile time
   * and not listed in this Javadoc.
   *
   * @return a new builder
   */
  static ImmutableGoalReviewers.Builder builder() {
    return ImmutableGoalReviewers.builder();
  }
}
