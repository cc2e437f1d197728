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
   * A builder.
   *
   * @return a new builder
   */
  static ImmutableCreatedGoals.Builder builder() {
    return ImmutableCreatedGoals.builder();
  }
}
