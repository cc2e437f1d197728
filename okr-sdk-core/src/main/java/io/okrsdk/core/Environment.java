package io.okrsdk.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The environment variables a builder's {@link OkrClientBuilder#fromEnv()} reads, under the one
 * scheme {@code OKRSDK_<PLATFORM>_<SETTING>}: a variable set to blanks counts as not set, a missing
 * one is reported by name, and a value is never quoted in a message unless it is a host label or a
 * region name.
 */
public final class Environment {
  private final Map<String, String> variables;

  Environment(Map<String, String> variables) {
    this.variables = Map.copyOf(variables);
  }

  /**
   * A variable's value, trimmed, when it is set and not blank.
   *
   * @param name the variable, such as {@code OKRSDK_PERFORM_USERNAME}
   * @return the value
   */
  public Optional<String> get(String name) {
    return Optional.ofNullable(variables.get(name)).map(String::trim).filter(value -> !value.isEmpty());
  }

  /**
   * Fails unless every required variable is set and, when {@code oneOf} names any, at least one
   * of those; the message names every variable missing at once.
   *
   * @param client the client's name, for the message
   * @param required the variables that must all be set
   * @param oneOf variables of which at least one must be set (empty when none is required)
   * @throws IllegalStateException naming the missing variables
   */
  public void require(String client, List<String> required, List<String> oneOf) {
    List<String> missing = new ArrayList<>();
    for (String name : required) {
      if (get(name).isEmpty()) {
        missing.add(name);
      }
    }
    if (!oneOf.isEmpty() && oneOf.stream().allMatch(name -> get(name).isEmpty())) {
      missing.add(String.join(" or ", oneOf));
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          client + ".fromEnv() needs environment variables that are not set: " + String.join(", ", missing));
    }
  }

  /**
   * Hands a set variable's value to a builder method; a value the method refuses is reported with
   * the variable's name in front of the method's own message (which never quotes a secret).
   *
   * @param name the variable
   * @param setting the builder method
   * @return {@code true} when the variable was set
   * @throws IllegalArgumentException when the builder method refuses the value
   */
  public boolean use(String name, Consumer<String> setting) {
    Optional<String> value = get(name);
    if (value.isEmpty()) {
      return false;
    }
    try {
      setting.accept(value.get());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
    }
    return true;
  }

  /**
   * A set variable read as an enum constant: {@code quantive-eu} and {@code QUANTIVE_EU} name the
   * same one.
   *
   * @param name the variable
   * @param type the enum
   * @param <E> the enum type
   * @return the constant, or empty when the variable is not set
   * @throws IllegalArgumentException naming the variable and the allowed values when none matches
   */
  public <E extends Enum<E>> Optional<E> enumValue(String name, Class<E> type) {
    Optional<String> value = get(name);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    String constant = value.get().toUpperCase(Locale.ROOT).replace('-', '_');
    for (E candidate : type.getEnumConstants()) {
      if (candidate.name().equals(constant)) {
        return Optional.of(candidate);
      }
    }
    throw new IllegalArgumentException(
        name + " must be one of " + Arrays.toString(type.getEnumConstants()) + ", was '" + value.get() + "'");
  }

  /** Names the variables that are set, never their values. */
  @Override
  public String toString() {
    return "Environment" + variables.keySet().stream().filter(name -> get(name).isPresent()).sorted().collect(java.util.stream.Collectors.toList());
  }
}
