package io.okrsdk.jira.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.util.Optional;
import org.immutables.value.Value;

/** A user-defined OKR type (objectives refer to it by {@code okrTypeId}, key results by {@code typeId}). */
@OkrModel
@Value.Immutable
public interface OkrType extends HasUnrecognized {
  /**
   * The type's id.
   *
   * @return the id
   */
  String id();

  /**
   * The type's name.
   *
   * @return the name, when sent
   */
  Optional<String> name();

  /**
   * The background colour of the type's badge, such as {@code #0052CC}.
   *
   * @return the colour, when sent
   */
  Optional<String> backgroundColor();

  /**
   * The text colour of the type's badge.
   *
   * @return the colour, when sent
   */
  Optional<String> textColor();

  /**
   * A builder with one method per attribute, named like the attribute's accessor above: an
   * {@code Optional<T>} attribute is set with a {@code T} (or an {@code Optional}), a list with
   * {@code addX(..)}, {@code addAllX(..)} or {@code x(Iterable)}, a map with {@code putX(..)}.
   * Unset optional attributes stay empty (a request model then leaves them out of the JSON);
   * {@code build()} throws {@link IllegalStateException} naming any required attribute that was
   * not set. The builder's type, {@code ImmutableOkrType.Builder}, is generated at compile time
   * and not listed in this Javadoc.
   *
   * @return the builder
   */
  static ImmutableOkrType.Builder builder() {
    return ImmutableOkrType.builder();
  }
}
