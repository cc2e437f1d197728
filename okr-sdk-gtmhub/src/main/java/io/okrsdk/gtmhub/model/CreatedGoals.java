package io.okrsdk.gtmhub.model;

import io.okrsdk.core.json.AcceptsBareArray;
import io.okrsdk.core.json.AcceptsWrapped;
import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** What a bulk create answers: the created goals, in the API's list envelope. */
@OkrModel
@AcceptsBareArray("items")
@AcceptsWrapped
@Value.Immutable
public interface CreatedGoals extends HasUnrecognized {
  /**
   * The created goals.
   *
   * @return the goals, empty when none were sent
   */
  List<CreatedGoal> items();

  /**
   * How many goals were created.
   *
   * @return the total, when sent
   */
  Optional<Long> totalCount();

  /**
   * A builder with one method per attribute, named like the attribute's accessor above: an
   * {@code Optional<T>} attribute is set with a {@code T} (or an {@code Optional}), a list with
   * {@code addX(..)}, {@code addAllX(..)} or {@code x(Iterable)}, a map with {@code putX(..)}.
   * Unset optional attributes stay empty (a request model then leaves them out of the JSON);
   * {@code build()} throws {@link IllegalStateException} naming any required attribute that was
   * not set. The builder's type, {@code ImmutableCreatedGoals.Builder}, is generated at compile time
   * and not listed in this Javadoc.
   *
   * @return a new builder
   */
  static ImmutableCreatedGoals.Builder builder() {
    return ImmutableCreatedGoals.builder();
  }
}
