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
   * A builder with one method per attribute, named like the attribute's accessor above: an
   * {@code Optional<T>} attribute is set with a {@code T} (or an {@code Optional}), a list with
   * {@code addX(..)}, {@code addAllX(..)} or {@code x(Iterable)}, a map with {@code putX(..)}.
   * Unset optional attributes stay empty (a request model then leaves them out of the JSON);
   * {@code build()} throws {@link IllegalStateException} naming any required attribute that was
   * not set. The builder's type, {@code ImmutableGoalComment.Builder}, is generated at compile time
   * and not listed in this Javadoc.
   *
   * @return a new builder
   */
  static ImmutableGoalComment.Builder builder() {
    return ImmutableGoalComment.builder();
  }
}
