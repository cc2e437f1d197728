package io.okrsdk.gtmhub.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import io.okrsdk.core.json.OpenEnum;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One group of a grouped-by listing: an owner (user or team) with the goals they own, or a
 * reviewer with the goals they are to review.
 */
@OkrModel
@Value.Immutable
public interface GoalGroup extends HasUnrecognized {
  /**
   * The owner's or reviewer's id.
   *
   * @return the id
   */
  Optional<String> id();

  /**
   * The display name.
   *
   * @return the name
   */
  Optional<String> name();

  /**
   * Whether the group is a user or a team.
   *
   * @return the type; unknown values are kept
   */
  Optional<OpenEnum<AssigneeType>> type();

  /**
   * The e-mail address (users only).
   *
   * @return the e-mail
   */
  Optional<String> email();

  /**
   * The avatar picture's URL.
   *
   * @return the avatar
   */
  Optional<String> avatar();

  /**
   * The group's goals.
   *
   * @return the goals, empty when none were sent
   */
  List<Goal> goals();

  /**
   * A builder.
   *
   * @return a new builder
   */
  static ImmutableGoalGroup.Builder builder() {
    return ImmutableGoalGroup.builder();
  }
}
