package io.okrsdk.gtmhub.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A user of the account: the people goal and key result {@code ownerIds} point to.
 *
 * <p>Fields follow the vendor's reference examples ({@code email}, {@code firstName}, {@code
 * lastName}, {@code dateCreated}) and public client code ({@code name}, {@code displayName}); every
 * field is optional, so a fields projection may leave any out, and unknown fields are ignored.
 */
@OkrModel
@Value.Immutable
public interface User extends HasUnrecognized {
  /**
   * The user's id.
   *
   * @return the id
   */
  Optional<String> id();

  /**
   * The e-mail address.
   *
   * @return the e-mail
   */
  Optional<String> email();

  /**
   * The first name.
   *
   * @return the first name
   */
  Optional<String> firstName();

  /**
   * The last name.
   *
   * @return the last name
   */
  Optional<String> lastName();

  /**
   * The name, when the service sends one.
   *
   * @return the name
   */
  Optional<String> name();

  /**
   * The display name, when the service sends one.
   *
   * @return the display name
   */
  Optional<String> displayName();

  /**
   * The picture's URL.
   *
   * @return the picture
   */
  Optional<String> picture();

  /**
   * The account the user belongs to.
   *
   * @return the account id
   */
  Optional<String> accountId();

  /**
   * When the user was created.
   *
   * @return the creation date-time
   */
  Optional<OffsetDateTime> dateCreated();

  /**
   * The best name to show: the display name, the name, first and last name, or the e-mail.
   *
   * @return the label, empty when none of those was sent
   */
  default Optional<String> label() {
    if (displayName().isPresent()) {
      return displayName();
    }
    if (name().isPresent()) {
      return name();
    }
    String full = (firstName().orElse("") + " " + lastName().orElse("")).trim();
    return full.isEmpty() ? email() : Optional.of(full);
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  static ImmutableUser.Builder builder() {
    return ImmutableUser.builder();
  }
}
