package io.okrsdk.gtmhub.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import io.okrsdk.core.json.OpenEnum;
import java.util.Optional;
import org.immutables.value.Value;

/** The user or team a goal is assigned to: {@code assignee}. */
@OkrModel
@Value.Immutable
public interface Assignee extends HasUnrecognized {
  /**
   * The user's or team's id.
   *
   * @return the id
   */
  Optional<String> id();

  /**
   * The account the assignee belongs to.
   *
   * @return the account id
   */
  Optional<String> accountId();

  /**
   * The display name.
   *
   * @return the name
   */
  Optional<String> name();

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
   * Whether the assignee is a user or a team.
   *
   * @return the type; unknown values are kept
   */
  Optional<OpenEnum<AssigneeType>> type();

  /**
   * A builder with one method per attribute, named like the attribute's accessor above: an
   * {@code Optional<T>} attribute is set with a {@code T} (or an {@code Optional}), a list with
   * {@code addX(..)}, {@code addAllX(..)} or {@code x(Iterable)}, a map with {@code putX(..)}.
   * Unset optional attributes stay empty (a request model then leaves them out of the JSON);
   * {@code build()} throws {@link IllegalStateException} naming any required attribute that was
   * not set. The builder's type, {@code ImmutableAssignee.Builder}, is generated at compile time
   * and not listed in this Javadoc.
   *
   * @return a new builder
   */
  static ImmutableAssignee.Builder builder() {
    return ImmutableAssignee.builder();
  }
}
