package io.okrsdk.testing.gtmhub;

import io.okrsdk.testing.FakeGtmhubServer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The fake account's three sessions (OKR periods), the quarters before, around and after the
 * clock's date, and the service's date-time format.
 */
final class Sessions {
  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");

  /** A session's first and last instant. */
  static final class Window {
    final Instant from;
    final Instant to;

    Window(Instant from, Instant to) {
      this.from = from;
      this.to = to;
    }
  }

  private final Clock clock;
  private final Map<String, Window> windows;

  Sessions(Clock clock) {
    this.clock = clock;
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    LocalDate quarter = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
    this.windows = Map.of(
        FakeGtmhubServer.PAST_SESSION_ID, window(quarter.minusMonths(3)),
        FakeGtmhubServer.CURRENT_SESSION_ID, window(quarter),
        FakeGtmhubServer.NEXT_SESSION_ID, window(quarter.plusMonths(3)));
  }

  /** The window of a known session, or {@code null}. */
  Window window(String sessionId) {
    return windows.get(sessionId);
  }

  /** Now, formatted. */
  String now() {
    return format(clock.instant());
  }

  Instant instant() {
    return clock.instant();
  }

  static String format(Instant instant) {
    return FORMAT.format(instant.atOffset(ZoneOffset.UTC));
  }

  /** Parses a date-time the API accepts and formats it the service's way; 400 when it is not one. */
  static String normalize(Object value, String field) {
    if (!(value instanceof String)) {
      throw ApiError.badRequest(field + " must be a date-time string");
    }
    try {
      return format(OffsetDateTime.parse((String) value).toInstant());
    } catch (DateTimeParseException e) {
      throw ApiError.badRequest(field + " is not a date-time: '" + value + "'");
    }
  }

  /** Parses a stored date-time. */
  static Instant parse(Object value) {
    return value instanceof String ? OffsetDateTime.parse((String) value).toInstant() : null;
  }

  private static Window window(LocalDate start) {
    Instant from = start.atStartOfDay().toInstant(ZoneOffset.UTC);
    Instant to = start.plusMonths(3).atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(1);
    return new Window(from, to);
  }
}
