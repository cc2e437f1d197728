package io.okrsdk.gtmhub.model;

import io.okrsdk.core.json.AcceptsBareArray;
import io.okrsdk.core.json.AcceptsWrapped;
import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A goal's workflow actions, in the API's list envelope {@code {"items": [...], "totalCount": n}}. */
@OkrModel
@AcceptsBareArray("items")
@AcceptsWrapped
@Value.Immutable
public interface WorkflowActionList extends HasUnrecognized {
  /**
   * The actions.
   *
   * @return the actions, empty when none were sent
   */
  List<WorkflowAction> items();

  /**
   * How many actions there are.
   *
   * @return the total, when sent
   */
  Optional<Long> totalCount();

  /**
   * A builder.
   *
   * @return a new builder
   */
  static ImmutableWorkflowActionList.Builder builder() {
    return ImmutableWorkflowActionList.builder();
  }
}
