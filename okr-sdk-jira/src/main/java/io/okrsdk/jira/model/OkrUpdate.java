package io.okrsdk.jira.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import io.okrsdk.core.json.OpenEnum;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One update of an objective or key result: an entry of the update history, or the update the
 * update methods created. Every field is optional so that a write that succeeded is never reported
 * as failed because its answer was sparse.
 */
@OkrModel
@Value.Immutable
public interface OkrUpdate extends HasUnrecognized {
  /**
   * The update's id (what comment queries take).
   *
   * @return the id, when sent
   */
  Optional<String> updateId();

  /**
   * The id of the objective or key result updated.
   *
   * @return the entity id, when sent
   */
  Optional<String> entityId();

  /**
   * The status set; both spellings ({@code ON_TRACK}, {@code ON TRACK}) read as the same constant and
   * unknown values are kept.
   *
   * @return the status, when sent
   */
  Optional<OpenEnum<OkrStatus>> status();

  /**
   * The status as the UI shows it, such as {@code On Track}.
   *
   * @return the displayed status, when sent
   */
  Optional<String> displayedStatus();

  /**
   * When the update was made.
   *
   * @return the time, when sent
   */
  Optional<OffsetDateTime> created();

  /**
   * The value recorded (key results).
   *
   * @return the value, when set
   */
  Optional<Double> value();

  /**
   * The update's description.
   *
   * @return the description, when set
   */
  Optional<String> description();

  /**
   * The key result's start value at the time of the update.
   *
   * @return the start value, when set
   */
  Optional<Double> startValue();

  /**
   * The key result's desired value at the time of the update.
   *
   * @return the desired value, when set
   */
  Optional<Double> desiredValue();

  /**
   * Where the update came from; unknown values are kept.
   *
   * @return the source, when sent
   */
  Optional<OpenEnum<UpdateSource>> source();

  /**
   * A builder with one method per attribute, named like the attribute's accessor above: an
   * {@code Optional<T>} attribute is set with a {@code T} (or an {@code Optional}), a list with
   * {@code addX(..)}, {@code addAllX(..)} or {@code x(Iterable)}, a map with {@code putX(..)}.
   * Unset optional attributes stay empty (a request model then leaves them out of the JSON);
   * {@code build()} throws {@link IllegalStateException} naming any required attribute that was
   * not set. The builder's type, {@code ImmutableOkrUpdate.Builder}, is generated at compile time
   * and not listed in this Javadoc.
   *
   * @return the builder
   */
  static ImmutableOkrUpdate.Builder builder() {
    return ImmutableOkrUpdate.builder();
  }
}
