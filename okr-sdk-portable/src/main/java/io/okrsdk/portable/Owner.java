package io.okrsdk.portable;

import io.okrsdk.core.json.OkrModel;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person or team responsible for an item. Platforms tell different things: Gtmhub and OKR for
 * Jira an id, OGSM and Perform a name.
 */
@OkrModel
@Value.Immutable
public interface Owner {
  /**
   * The owner's id on the platform.
   *
   * @return the id, when the platform tells it
   */
  Optional<String> id();

  /**
   * The owner's display name.
   *
   * @return the name, when the platform tells it
   */
  Optional<String> name();

  /**
   * The owner's e-mail address.
   *
   * @return the address, when the platform tells it
   */
  Optional<String> email();

  /**
   * The name, else the e-mail address, else the id.
   *
   * @return a label for people
   */
  default String label() {
    return name().or(this::email).or(this::id).orElse("");
  }

  /** An owner must say who it is. */
  @Value.Check
  default void check() {
    if (id().isEmpty() && name().isEmpty() && email().isEmpty()) {
      throw new IllegalStateException("an owner needs an id, a name or an e-mail address");
    }
  }

  /**
   * An owner known by id only.
   *
   * @param id the id
   * @return the owner
   */
  static Owner ofId(String id) {
    return builder().id(id).build();
  }

  /**
   * An owner known by name only.
   *
   * @param name the name
   * @return the owner
   */
  static Owner ofName(String name) {
    return builder().name(name).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  static ImmutableOwner.Builder builder() {
    return ImmutableOwner.builder();
  }
}
