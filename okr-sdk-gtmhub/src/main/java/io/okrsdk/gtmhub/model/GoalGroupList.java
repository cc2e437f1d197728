package io.okrsdk.gtmhub.model;

import io.okrsdk.core.json.AcceptsBareArray;
import io.okrsdk.core.json.AcceptsWrapped;
import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One page of a grouped-by listing ({@code goals/groupBy/owners}, {@code goals/groupBy/reviewers}):
 * {@code {"items": [...], "totalCount": n}}, paged with skip and take.
 */
@OkrModel
@AcceptsBareArray("items")
@AcceptsWrapped
@Value.Immutable
public interface GoalGroupList extends HasUnrecognized {
  /**
   * The groups on this page.
   *
   * @return the groups, empty when none were sent
   */
  List<GoalGroup> items();

  /**
   * How many groups match the query in total.
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
   * not set. The builder's type, {@code ImmutableGoalGroupList.Builder}, is generated at compile time
   * and not listed in this Javadoc.
   *
   * @return a new builder
   */
  static ImmutableGoalGroupList.Builder builder() {
    return ImmutableGoalGroupList.builder();
  }
}
