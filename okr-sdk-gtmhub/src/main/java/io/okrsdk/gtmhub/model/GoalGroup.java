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
   * A builder with one method per attribute, named like the attribute's accessor above: an
   * {@code Optional<T>} attribute is set with a {@code T} (or an {@code Optional}), a list with
   * {@code addX(..)}, {@code addAllX(..)} or {@code x(Iterable)}, a map with {@code putX(..)}.
   * Unset optional attributes stay empty (a request model then leaves them out of the JSON);
   * {@code build()} throws {@link IllegalStateException} naming any required attribute that was
   * not set. The builder's type, {@code ImmutableGoalGroup.Builder}, is generated at compile time
   * and not listed in this Javadoc.
   *
   * @return a new builder
   */
  static ImmutableGoalGroup.Builder builder() {
    return ImmutableGoalGroup.builder();
  }
}
