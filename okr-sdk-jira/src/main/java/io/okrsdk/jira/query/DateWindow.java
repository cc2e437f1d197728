package io.okrsdk.jira.query;

import io.okrsdk.core.internal.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.immutables.value.Value;

/**
 * The window of the by-date queries: objectives or key results whose start and/or due date falls
 * between {@link #start()} and {@link #deadline()}. Sent as epoch milliseconds ({@code
 * startDateEpochMilli}, {@code deadlineEpochMilli}).
 *
 * <p>Immutable; a deadline before the start is refused with {@link IllegalArgumentException}.
 */
@Value.Immutable
public interface DateWindow {
  /**
   * The window's start.
   *
   * @return the start
   */
  @Value.Parameter
  Instant start();

  /**
   * The window's end.
   *
   * @return the deadline
   */
  @Value.Parameter
  Instant deadline();

  /**
   * The start as sent ({@code startDateEpochMilli}).
   *
   * @return epoch milliseconds
   */
  default long startEpochMilli() {
    return start().toEpochMilli();
  }

  /**
   * The end as sent ({@code deadlineEpochMilli}).
   *
   * @return epoch milliseconds
   */
  default long deadlineEpochMilli() {
    return deadline().toEpochMilli();
  }

  /**
   * Refuses a deadline before the start.
   *
   * @throws IllegalArgumentException when the deadline is before the start
   */
  @Value.Check
  default void check() {
    Checks.window(start(), "start", deadline(), "deadline");
  }

  /**
   * A window between two instants (millisecond precision; finer parts are dropped when sent).
   *
   * @param start the window's start
   * @param deadline the window's end, not before {@code start}
   * @return the window
   * @throws IllegalArgumentException when either is null or {@code deadline} is before {@code start}
   */
  static DateWindow between(Instant start, Instant deadline) {
    return ImmutableDateWindow.of(Checks.require(start, "start"), Checks.require(deadline, "deadline"));
  }

  /**
   * A window of whole days in UTC, the zone the API reports dates in: from the first millisecond of
   * {@code first} to the last millisecond of {@code last}.
   *
   * @param first the first day
   * @param last the last day, not before {@code first}
   * @return the window
   * @throws IllegalArgumentException when either is null or {@code last} is before {@code first}
   */
  static DateWindow between(LocalDate first, LocalDate last) {
    return between(first, last, ZoneOffset.UTC);
  }

  /**
   * A window of whole days in a zone: from the first millisecond of {@code first} to the last
   * millisecond of {@code last}.
   *
   * @param first the first day
   * @param last the last day, not before {@code first}
   * @param zone the zone the days are counted in
   * @return the window
   * @throws IllegalArgumentException when an argument is null or {@code last} is before {@code
   *     first}
   */
  static DateWindow between(LocalDate first, LocalDate last, ZoneId zone) {
    Checks.require(first, "first");
    Checks.require(last, "last");
    Checks.require(zone, "zone");
    return between(
        first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1));
  }
}
