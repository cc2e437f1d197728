package io.okrsdk.jira.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import io.okrsdk.core.json.OpenEnum;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/** The most recent update of an objective or key result, as the query methods embed it. */
@OkrModel
@Value.Immutable
public interface LatestUpdate extends HasUnrecognized {
  /**
   * The id the update belongs to, as the server reports it.
   *
   * @return the entity id, when sent
   */
  Optional<String> entityId();

  /**
   * The status the update set; unknown values are kept.
   *
   * @return the status, when sent
   */
  Optional<OpenEnum<OkrStatus>> status();

  /**
   * When the update was made.
   *
   * @return the time, when sent
   */
  Optional<OffsetDateTime> created();

  /**
   * The value the update recorded (key results).
   *
   * @return the value, when set
   */
  Optional<Double> value();

  /**
   * The update's description.
   *
   * @return the description, when set (may be empty)
   */
  Optional<String> description();

  /**
   * A builder with one method per attribute, named like the attribute's accessor above: an
   * {@code Optional<T>} attribute is set with a {@code T} (or an {@code Optional}), a list with
   * {@code addX(..)}, {@code addAllX(..)} or {@code x(Iterable)}, a map with {@code putX(..)}.
   * Unset optional attributes stay empty (a request model then leaves them out of the JSON);
   * {@code build()} throws {@link IllegalStateException} naming any required attribute that was
   * not set. The builder's type, {@code ImmutableLatestUpdate.Builder}, is generated at compile time
   * and not listed in this Javadoc.
   *
   * @return the builder
   */
  static ImmutableLatestUpdate.Builder builder() {
    return ImmutableLatestUpdate.builder();
  }
}
