package io.okrsdk.gtmhub.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A team of the account: goal and key result {@code ownerIds} may point to teams as well as
 * users.
 *
 * <p>Fields follow the vendor's create-team payload ({@code name}, {@code description}, {@code
 * color}, {@code avatar}, {@code picture}); {@code members} and {@code manager} are modelled from
 * the reference's description and are unverified. Every field is optional and unknown fields are
 * ignored.
 */
@OkrModel
@Value.Immutable
public interface Team extends HasUnrecognized {
  /**
   * The team's id.
   *
   * @return the id
   */
  Optional<String> id();

  /**
   * The team's name.
   *
   * @return the name
   */
  Optional<String> name();

  /**
   * The description.
   *
   * @return the description
   */
  Optional<String> description();

  /**
   * The colour shown for the team, such as {@code #87a6bc}.
   *
   * @return the colour
   */
  Optional<String> color();

  /**
   * The avatar's name, such as {@code users_multiple-11}.
   *
   * @return the avatar
   */
  Optional<String> avatar();

  /**
   * The picture's URL.
   *
   * @return the picture
   */
  Optional<String> picture();

  /**
   * The members' user ids.
   *
   * @return the member ids, empty when none were sent
   */
  List<String> members();

  /**
   * The manager's user id.
   *
   * @return the manager id
   */
  Optional<String> manager();

  /**
   * The parent team's id.
   *
   * @return the parent id
   */
  Optional<String> parentId();

  /**
   * The account the team belongs to.
   *
   * @return the account id
   */
  Optional<String> accountId();

  /**
   * When the team was created.
   *
   * @return the creation date-time
   */
  Optional<OffsetDateTime> dateCreated();

  /**
   * A builder.
   *
   * @return a new builder
   */
  static ImmutableTeam.Builder builder() {
    return ImmutableTeam.builder();
  }
}
