package io.okrsdk.portable;

import io.okrsdk.core.json.OkrModel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A new value for a key result, for {@link OkrSource#recordProgress(ProgressUpdate)}. */
@OkrModel
@Value.Immutable
public interface ProgressUpdate {
  /**
   * The key result's id, as {@link KeyResult#id()} gives it.
   *
   * @return the id
   */
  String keyResultId();

  /**
   * The new current value, in the key result's unit.
   *
   * @return the value
   */
  BigDecimal value();

  /**
   * The day the value was measured (OGSM); today when empty.
   *
   * @return the day
   */
  Optional<LocalDate> at();

  /**
   * A status to record with the value, where the platform records one (OKR for Jira, OGSM's
   * traffic light).
   *
   * @return the status
   */
  Optional<Status> status();

  /**
   * A note to record with the value.
   *
   * @return the note
   */
  Optional<String> note();

  /** The id must name something. */
  @Value.Check
  default void check() {
    if (keyResultId().isBlank()) {
      throw new IllegalArgumentException("keyResultId must not be blank");
    }
  }

  /**
   * An update with only a value.
   *
   * @param keyResultId the key result's id
   * @param value the new value
   * @return the update
   */
  static ProgressUpdate of(String keyResultId, BigDecimal value) {
    return builder().keyResultId(keyResultId).value(value).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  static ImmutableProgressUpdate.Builder builder() {
    return ImmutableProgressUpdate.builder();
  }
}
