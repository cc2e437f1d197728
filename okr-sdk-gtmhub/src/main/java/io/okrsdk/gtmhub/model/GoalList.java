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
   * A builder.
   *
   * @return a new builder
   */
  static ImmutableGoalList.Builder builder() {
    return ImmutableGoalList.builder();
  }
}
