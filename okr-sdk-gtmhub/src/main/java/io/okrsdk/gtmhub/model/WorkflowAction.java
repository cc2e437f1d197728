package io.okrsdk.gtmhub.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import io.okrsdk.core.json.OpenEnum;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/** One action of a goal's approval workflow: who did what, when, and why. */
@OkrModel
@Value.Immutable
public interface WorkflowAction extends HasUnrecognized {
  /**
   * The action's id.
   *
   * @return the id
   */
  Optional<String> id();

  /**
   * The goal the action was taken on.
   *
   * @return the goal id
   */
  Optional<String> goalId();

  /**
   * What was done.
   *
   * @return the action; unknown values are kept
   */
  Optional<OpenEnum<WorkflowActionType>> action();

  /**
   * Who did it.
   *
   * @return the user id
   */
  Optional<String> userId();

  /**
   * The comment given with the action.
   *
   * @return the comment
   */
  Optional<String> comment();

  /**
   * When it was done.
   *
   * @return the date-time
   */
  Optional<OffsetDateTime> date();

  /**
   * A builder with one method per attribute, named like the attribute's accessor above: an
   * {@code Optional<T>} attribute is set with a {@code T} (or an {@code Optional}), a list with
   * {@code addX(..)}, {@code addAllX(..)} or {@code x(Iterable)}, a map with {@code putX(..)}.
   * Unset optional attributes stay empty (a request model then leaves them out of the JSON);
   * {@code build()} throws {@link IllegalStateException} naming any required attribute that was
   * not set. The builder's type, {@code ImmutableWorkflowAction.Builder}, is generated at compile time
   * and not listed in this Javadoc.
   *
   * @return a new builder
   */
  static ImmutableWorkflowAction.Builder builder() {
    return ImmutableWorkflowAction.builder();
  }
}
