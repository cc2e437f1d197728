package io.okrsdk.jira;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The window of the by-date queries: objectives or key results whose start and/or due date falls
 * between {@link #start()} and {@link #deadline()}. Sent as epoch milliseconds ({@code
 * startDateEpochMilli}, {@code deadlineEpochMilli}).
 *
 * <p>Immutable.
 */
public final class DateWindow {
  private final Instant start;
  private final Instant deadline;

  private DateWindow(Instant start, Instant deadline) {
    this.start = Objects.requireNonNull(start, "start");
    this.deadline = Objects.requireNonNull(deadline, "deadline");
    if (deadline.isBefore(start)) {
      throw new IllegalArgumentException("deadline " + deadline + " is before start " + start);
    }
  }

  /**
   * A window between two instants (millisecond precision; finer parts are dropped).
   *
   * @param start the window's start
   * @param deadline the window's end, not before {@code start}
   * @return the window
   * @throws IllegalArgumentException when {@code deadline} is before {@code start}
   */
  public static DateWindow between(Instant start, Instant deadline) {
    return new DateWindow(start, deadline);
  }

  /**
   * A window of whole days in UTC, the zone the API reports dates in: from the first millisecond of
   * {@code first} to the last millisecond of {@code last}.
   *
   * @param first the first day
   * @param last the last day, not before {@code first}
   * @return the window
   * @throws IllegalArgumentException when {@code last} is before {@code first}
   */
  public static DateWindow between(LocalDate first, LocalDate last) {
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
   * @throws IllegalArgumentException when {@code last} is before {@code first}
   */
  public static DateWindow between(LocalDate first, LocalDate last, ZoneId zone) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    Objects.requireNonNull(zone, "zone");
    return new DateWindow(
        first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1));
  }

  /**
   * The window's start.
   *
   * @return the start
   */
  public Instant start() {
    return start;
  }

  /**
   * The window's end.
   *
   * @return the deadline
   */
  public Instant deadline() {
    return deadline;
  }

  /**
   * The start as sent ({@code startDateEpochMilli}).
   *
   * @return epoch milliseconds
   */
  public long startEpochMilli() {
    return start.toEpochMilli();
  }

  /**
   * The end as sent ({@code deadlineEpochMilli}).
   *
   * @return epoch milliseconds
   */
  public long deadlineEpochMilli() {
    return deadline.toEpochMilli();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DateWindow
        && start.equals(((DateWindow) other).start)
        && deadline.equals(((DateWindow) other).deadline);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, deadline);
  }

  @Override
  public String toString() {
    return "DateWindow{" + start + " .. " + deadline + "}";
  }
}
