package io.okrsdk.gtmhub.model;

import io.okrsdk.core.json.AcceptsBareArray;
import io.okrsdk.core.json.AcceptsWrapped;
import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One page of goals: the list envelope {@code {"items": [...], "totalCount": n}}. */
@OkrModel
@AcceptsBareArray("items")
@AcceptsWrapped
@Value.Immutable
public interface GoalList extends HasUnrecognized {
  /**
   * The goals on this page.
   *
   * @return the goals, empty when none were sent
   */
  List<Goal> items();

  /**
   * How many goals match the query in total, across all pages.
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
   * not set. The builder's type, {@code ImmutableGoalList.Builder}, is generated at compile time
   * and not listed in this Javadoc.
   *
   * @return a new builder
   */
  static ImmutableGoalList.Builder builder() {
    return ImmutableGoalList.builder();
  }
}
