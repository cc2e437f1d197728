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
   * A builder with one method per attribute, named like the attribute's accessor above: an
   * {@code Optional<T>} attribute is set with a {@code T} (or an {@code Optional}), a list with
   * {@code addX(..)}, {@code addAllX(..)} or {@code x(Iterable)}, a map with {@code putX(..)}.
   * Unset optional attributes stay empty (a request model then leaves them out of the JSON);
   * {@code build()} throws {@link IllegalStateException} naming any required attribute that was
   * not set. The builder's type, {@code ImmutableWorkflowActionList.Builder}, is generated at compile time
   * and not listed in this Javadoc.
   *
   * @return a new builder
   */
  static ImmutableWorkflowActionList.Builder builder() {
    return ImmutableWorkflowActionList.builder();
  }
}
