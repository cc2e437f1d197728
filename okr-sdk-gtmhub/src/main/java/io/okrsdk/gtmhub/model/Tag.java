package io.okrsdk.gtmhub.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.util.Optional;
import org.immutables.value.Value;

/** A tag on a goal: {@code {"title": "..."}}. */
@OkrModel
@Value.Immutable
public interface Tag extends HasUnrecognized {
  /**
   * The tag's id, when the server sends one.
   *
   * @return the id
   */
  Optional<String> id();

  /**
   * The tag's text.
   *
   * @return the title
   */
  String title();

  /**
   * A tag with only a title, as create and update bodies send it.
   *
   * @param title the text
   * @return the tag
   */
  static Tag of(String title) {
    return builder().title(title).build();
  }

  /**
   * A builder with one method per attribute, named like the attribute's accessor above: an
   * {@code Optional<T>} attribute is set with a {@code T} (or an {@code Optional}), a list with
   * {@code addX(..)}, {@code addAllX(..)} or {@code x(Iterable)}, a map with {@code putX(..)}.
   * Unset optional attributes stay empty (a request model then leaves them out of the JSON);
   * {@code build()} throws {@link IllegalStateException} naming any required attribute that was
   * not set. The builder's type, {@code ImmutableTag.Builder}, is generated at compile time
   * and not listed in this Javadoc.
   *
   * @return a new builder
   */
  static ImmutableTag.Builder builder() {
    return ImmutableTag.builder();
  }
}
