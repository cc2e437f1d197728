package io.okrsdk.jira.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One page of the update history, newest first. */
@OkrModel
@Value.Immutable
public interface UpdatePage extends HasUnrecognized {
  /**
   * The updates on this page.
   *
   * @return the updates, possibly empty
   */
  List<OkrUpdate> updates();

  /**
   * The cursor of the next page.
   *
   * @return the cursor, empty on the last page
   */
  Optional<String> nextCursor();

  /**
   * A builder with one method per attribute, named like the attribute's accessor above: an
   * {@code Optional<T>} attribute is set with a {@code T} (or an {@code Optional}), a list with
   * {@code addX(..)}, {@code addAllX(..)} or {@code x(Iterable)}, a map with {@code putX(..)}.
   * Unset optional attributes stay empty (a request model then leaves them out of the JSON);
   * {@code build()} throws {@link IllegalStateException} naming any required attribute that was
   * not set. The builder's type, {@code ImmutableUpdatePage.Builder}, is generated at compile time
   * and not listed in this Javadoc.
   *
   * @return the builder
   */
  static ImmutableUpdatePage.Builder builder() {
    return ImmutableUpdatePage.builder();
  }
}
