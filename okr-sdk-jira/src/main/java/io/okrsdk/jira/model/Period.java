package io.okrsdk.jira.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/** A period (such as a quarter) that objectives and key results belong to by {@code periodAliasId}. */
@OkrModel
@Value.Immutable
public interface Period extends HasUnrecognized {
  /**
   * The period's id.
   *
   * @return the id
   */
  String id();

  /**
   * The period's name, such as {@code Q1 Y2021}.
   *
   * @return the name, when sent
   */
  Optional<String> name();

  /**
   * When the period starts.
   *
   * @return the start, when sent
   */
  Optional<OffsetDateTime> startDate();

  /**
   * When the period ends.
   *
   * @return the deadline, when sent
   */
  Optional<OffsetDateTime> deadline();

  /**
   * A builder with one method per attribute, named like the attribute's accessor above: an
   * {@code Optional<T>} attribute is set with a {@code T} (or an {@code Optional}), a list with
   * {@code addX(..)}, {@code addAllX(..)} or {@code x(Iterable)}, a map with {@code putX(..)}.
   * Unset optional attributes stay empty (a request model then leaves them out of the JSON);
   * {@code build()} throws {@link IllegalStateException} naming any required attribute that was
   * not set. The builder's type, {@code ImmutablePeriod.Builder}, is generated at compile time
   * and not listed in this Javadoc.
   *
   * @return the builder
   */
  static ImmutablePeriod.Builder builder() {
    return ImmutablePeriod.builder();
  }
}
