package io.okrsdk.portable;

import io.okrsdk.core.json.OkrModel;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** The period (Gtmhub session, OKR for Jira period) an item belongs to. */
@OkrModel
@Value.Immutable
public interface Period {
  /**
   * The period's id on the platform.
   *
   * @return the id
   */
  String id();

  /**
   * The period's name, such as {@code Q1 2025}.
   *
   * @return the name, when the platform tells it
   */
  Optional<String> name();

  /**
   * The first day.
   *
   * @return the start, when the platform tells it
   */
  Optional<LocalDate> start();

  /**
   * The last day.
   *
   * @return the end, when the platform tells it
   */
  Optional<LocalDate> end();

  /**
   * The name, else the id.
   *
   * @return a label for people
   */
  default String label() {
    return name().orElse(id());
  }

  /**
   * A period known by id only.
   *
   * @param id the id
   * @return the period
   */
  static Period ofId(String id) {
    return builder().id(id).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  static ImmutablePeriod.Builder builder() {
    return ImmutablePeriod.builder();
  }
}
