package io.okrsdk.jira.model;

import io.okrsdk.core.internal.Checks;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import io.okrsdk.core.json.OpenEnum;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of a key result update ({@code POST /api/v2/api-update/keyResults}). Fields left empty
 * are not sent. A known status is always written in the spaced spelling the update API documents
 * ({@code ON TRACK}, {@code OFF TRACK} for {@link OkrStatus#ACTION_REQUIRED}), however it was given.
 * Setting {@link #newValue()} on an automatic (JQL-driven) key result is refused by the server with
 * 403.
 */
@OkrModel
@Value.Immutable
public interface KeyResultUpdateRequest extends HasUnrecognized {
  /**
   * The key result to update.
   *
   * @return the key result id
   */
  String keyResultId();

  /**
   * The new status.
   *
   * @return the status, when set
   */
  Optional<OpenEnum<OkrStatus>> status();

  /**
   * The key result's new current value.
   *
   * @return the value, when set
   */
  Optional<Double> newValue();

  /**
   * The update's description.
   *
   * @return the description, when set
   */
  Optional<String> description();

  /**
   * Refuses a blank key result id and a value that is not a finite number, and puts a known status
   * into update spelling; run by {@code build()}.
   *
   * @return this request, or a copy with the status respelled
   */
  @Value.Check
  default KeyResultUpdateRequest normalize() {
    Checks.requireText(keyResultId(), "keyResultId");
    if (newValue().isPresent() && !Double.isFinite(newValue().get())) {
      throw new IllegalArgumentException("newValue must be a finite number, was " + newValue().get());
    }
    return UpdateSpelling.respell(status())
        .<KeyResultUpdateRequest>map(status -> ImmutableKeyResultUpdateRequest.copyOf(this).withStatus(status))
        .orElse(this);
  }

  /**
   * A builder with one method per attribute, named like the attribute's accessor above: an
   * {@code Optional<T>} attribute is set with a {@code T} (or an {@code Optional}), a list with
   * {@code addX(..)}, {@code addAllX(..)} or {@code x(Iterable)}, a map with {@code putX(..)}.
   * Unset optional attributes stay empty (a request model then leaves them out of the JSON);
   * {@code build()} throws {@link IllegalStateException} naming any required attribute that was
   * not set. The builder's type, {@code ImmutableKeyResultUpdateRequest.Builder}, is generated at compile time
   * and not listed in this Javadoc.
   *
   * @return the builder
   */
  static ImmutableKeyResultUpdateRequest.Builder builder() {
    return ImmutableKeyResultUpdateRequest.builder();
  }
}
