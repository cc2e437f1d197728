package io.okrsdk.portable;

import io.okrsdk.core.json.OkrModel;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which objectives a listing returns. With a window, an objective is kept when its start-to-due span
 * overlaps the window (an objective without dates is kept); with a period, when it belongs to the
 * period, named by id or name. Check {@link Capability#DATE_WINDOW} and {@link
 * Capability#PERIOD_FILTER} first.
 */
@OkrModel
@Value.Immutable
public interface ObjectiveQuery {
  /**
   * The window's first day.
   *
   * @return the first day
   */
  Optional<LocalDate> from();

  /**
   * The window's last day.
   *
   * @return the last day
   */
  Optional<LocalDate> to();

  /**
   * The period, by id or name.
   *
   * @return the period
   */
  Optional<String> period();

  /**
   * Whether the query restricts dates.
   *
   * @return {@code true} with a window
   */
  default boolean hasWindow() {
    return from().isPresent() || to().isPresent();
  }

  /**
   * Whether an item's dates overlap the window; an item without dates overlaps every window.
   *
   * @param item the item
   * @return {@code true} when kept
   */
  default boolean overlaps(OkrItem item) {
    Optional<LocalDate> start = item.startDate().or(item::dueDate);
    Optional<LocalDate> due = item.dueDate().or(item::startDate);
    boolean afterStart = from().isEmpty() || due.isEmpty() || !due.get().isBefore(from().get());
    boolean beforeEnd = to().isEmpty() || start.isEmpty() || !start.get().isAfter(to().get());
    return afterStart && beforeEnd;
  }

  /** A window's end cannot come before its start. */
  @Value.Check
  default void check() {
    if (from().isPresent() && to().isPresent() && to().get().isBefore(from().get())) {
      throw new IllegalArgumentException("the window ends (" + to().get() + ") before it starts (" + from().get() + ")");
    }
  }

  /**
   * Everything.
   *
   * @return the query
   */
  static ObjectiveQuery all() {
    return builder().build();
  }

  /**
   * Objectives overlapping a window.
   *
   * @param from the first day
   * @param to the last day
   * @return the query
   */
  static ObjectiveQuery between(LocalDate from, LocalDate to) {
    return builder().from(from).to(to).build();
  }

  /**
   * Objectives of one period.
   *
   * @param period the period's id or name
   * @return the query
   */
  static ObjectiveQuery inPeriod(String period) {
    return builder().period(period).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  static ImmutableObjectiveQuery.Builder builder() {
    return ImmutableObjectiveQuery.builder();
  }
}
