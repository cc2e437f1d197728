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
   * A new builder.
   *
   * @return the builder
   */
  static ImmutablePeriod.Builder builder() {
    return ImmutablePeriod.builder();
  }
}
