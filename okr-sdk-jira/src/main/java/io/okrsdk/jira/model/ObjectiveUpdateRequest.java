package io.okrsdk.jira.model;

import io.okrsdk.core.internal.Checks;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import io.okrsdk.core.json.OpenEnum;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of an objective update ({@code POST /api/v2/api-update/objectives}). Fields left empty
 * are not sent. A known status is always written in the spaced spelling the update API documents
 * ({@code ON TRACK}, {@code OFF TRACK} for {@link OkrStatus#ACTION_REQUIRED}), however it was given.
 */
@OkrModel
@Value.Immutable
public interface ObjectiveUpdateRequest extends HasUnrecognized {
  /**
   * The objective to update.
   *
   * @return the objective id
   */
  String objectiveId();

  /**
   * The new status.
   *
   * @return the status, when set
   */
  Optional<OpenEnum<OkrStatus>> status();

  /**
   * The update's description.
   *
   * @return the description, when set
   */
  Optional<String> description();

  /**
   * Refuses a blank objective id and puts a known status into update spelling; run by {@code
   * build()}.
   *
   * @return this request, or a copy with the status respelled
   */
  @Value.Check
  default ObjectiveUpdateRequest normalize() {
    Checks.requireText(objectiveId(), "objectiveId");
    return UpdateSpelling.respell(status())
        .<ObjectiveUpdateRequest>map(status -> ImmutableObjectiveUpdateRequest.copyOf(this).withStatus(status))
        .orElse(this);
  }

  /**
   * A builder with one method per attribute, named like the attribute's accessor above: an
   * {@code Optional<T>} attribute is set with a {@code T} (or an {@code Optional}), a list with
   * {@code addX(..)}, {@code addAllX(..)} or {@code x(Iterable)}, a map with {@code putX(..)}.
   * Unset optional attributes stay empty (a request model then leaves them out of the JSON);
   * {@code build()} throws {@link IllegalStateException} naming any required attribute that was
   * not set. The builder's type, {@code ImmutableObjectiveUpdateRequest.Builder}, is generated at compile time
   * and not listed in this Javadoc.
   *
   * @return the builder
   */
  static ImmutableObjectiveUpdateRequest.Builder builder() {
    return ImmutableObjectiveUpdateRequest.builder();
  }
}
