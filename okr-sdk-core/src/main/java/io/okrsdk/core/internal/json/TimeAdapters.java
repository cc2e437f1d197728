package io.okrsdk.core.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * Lenient readers and strict ISO writers for the date and time shapes the four platforms send.
 *
 * <p>Offsets come as {@code Z}, {@code +01:00} and, from OKR for Jira, {@code +0000}; a date-time
 * without an offset is read as UTC. A {@code LocalDate} field also accepts a date-time and keeps
 * its date part. Parsing is linear in the text's length and text longer than 64
 * characters is refused before parsing.
 */
public final class TimeAdapters {
  /**
   * Longer text is refused before parsing: the longest valid value ({@code
   * 2020-12-16T15:15:41.123456789+01:00}) has 35 characters.
   */
  static final int MAX_LENGTH = 64;

  private TimeAdapters() {}

  /**
   * Parses an ISO date-time with any of the accepted offset spellings. Linear in the text's
   * length, and text longer than any date-time is refused at once.
   *
   * @param text the text, such as {@code 2020-12-16T15:15:41+0000}
   * @return the date-time
   * @throws DateTimeParseException when the text is no date-time
   */
  public static OffsetDateTime parseOffsetDateTime(String text) {
    requireShort(text, "date-time");
    String normalized = normalizeOffset(text);
    OffsetDateTime common = parseCommonDateTime(normalized);
    if (common != null) {
      return common;
    }
    if (hasOffset(normalized)) {
      return OffsetDateTime.parse(normalized);
    }
    return LocalDateTime.parse(normalized).atOffset(ZoneOffset.UTC);
  }

  /**
   * The shape every platform sends, {@code yyyy-MM-ddTHH:mm[:ss[.fraction]]} then {@code Z}, an
   * offset {@code ±HH:MM} or nothing (UTC), read digit by digit; {@code null} for any other shape
   * and for values out of range, which the JDK's parser then reads or refuses in its own words.
   * The JDK's first parse in a process sets up its whole formatter machinery (about 20 ms), which a
   * client's first answer should not wait for; both give the same value wherever this one gives
   * one.
   */
  static @Nullable OffsetDateTime parseCommonDateTime(String text) {
    int n = text.length();
    if (n < 16 || text.charAt(10) != 'T' || text.charAt(13) != ':') {
      return null;
    }
    LocalDate date = parseCommonDate(text.substring(0, 10));
    int hour = twoDigits(text, 11);
    int minute = twoDigits(text, 14);
    if (date == null || hour < 0 || minute < 0) {
      return null;
    }
    int i = 16;
    int second = 0;
    int nano = 0;
    if (i < n && text.charAt(i) == ':') {
      second = i + 3 <= n ? twoDigits(text, i + 1) : -1;
      if (second < 0) {
        return null;
      }
      i += 3;
      if (i < n && text.charAt(i) == '.') {
        int start = ++i;
        while (i < n && i - start < 9 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
          nano = nano * 10 + (text.charAt(i) - '0');
          i++;
        }
        if (i == start) {
          return null;
        }
        for (int digits = i - start; digits < 9; digits++) {
          nano *= 10;
        }
      }
    }
    ZoneOffset offset;
    if (i == n) {
      offset = ZoneOffset.UTC;
    } else if (i == n - 1 && text.charAt(i) == 'Z') {
      offset = ZoneOffset.UTC;
    } else if (i == n - 6 && isSign(text.charAt(i)) && text.charAt(i + 3) == ':') {
      int hours = twoDigits(text, i + 1);
      int minutes = twoDigits(text, i + 4);
      if (hours < 0 || minutes < 0) {
        return null;
      }
      int sign = text.charAt(i) == '-' ? -1 : 1;
      try {
        offset = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
      } catch (DateTimeException outOfRange) {
        return null;
      }
    } else {
      return null;
    }
    try {
      return OffsetDateTime.of(date, LocalTime.of(hour, minute, second, nano), offset);
    } catch (DateTimeException outOfRange) {
      return null;
    }
  }

  /** {@code yyyy-MM-dd} read digit by digit; {@code null} for any other shape or an impossible date. */
  static @Nullable LocalDate parseCommonDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int century = twoDigits(text, 0);
    int year = twoDigits(text, 2);
    int month = twoDigits(text, 5);
    int day = twoDigits(text, 8);
    if (century < 0 || year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(century * 100 + year, month, day);
    } catch (DateTimeException impossible) {
      return null;
    }
  }

  /** The two-digit number at {@code from}, or -1. */
  private static int twoDigits(String text, int from) {
    if (from + 2 > text.length()) {
      return -1;
    }
    char tens = text.charAt(from);
    char ones = text.charAt(from + 1);
    if (tens < '0' || tens > '9' || ones < '0' || ones > '9') {
      return -1;
    }
    return (tens - '0') * 10 + (ones - '0');
  }

  private static void requireShort(String text, String what) {
    if (text.length() > MAX_LENGTH) {
      throw new DateTimeParseException(
          "Text of " + text.length() + " characters is too long for a " + what, excerpt(text), MAX_LENGTH);
    }
  }

  /** {@code +0000} becomes {@code +00:00} and {@code +01} becomes {@code +01:00}, after the {@code T} only. */
  private static String normalizeOffset(String text) {
    int t = text.indexOf('T');
    int n = text.length();
    if (t < 0) {
      return text;
    }
    if (n - 5 > t && isSign(text.charAt(n - 5)) && digits(text, n - 4, n)) {
      return text.substring(0, n - 2) + ":" + text.substring(n - 2);
    }
    if (n - 3 > t && isSign(text.charAt(n - 3)) && digits(text, n - 2, n)) {
      return text + ":00";
    }
    return text;
  }

  private static boolean hasOffset(String text) {
    int n = text.length();
    int t = text.indexOf('T');
    return text.endsWith("Z")
        || (t >= 0 && n - 6 > t && isSign(text.charAt(n - 6)) && digits(text, n - 5, n - 3)
            && text.charAt(n - 3) == ':' && digits(text, n - 2, n));
  }

  private static boolean isSign(char c) {
    return c == '+' || c == '-';
  }

  private static boolean digits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Parses a date, or the date part of a date-time.
   *
   * @param text the text, such as {@code 2022-12-14}
   * @return the date
   * @throws DateTimeParseException when the text is neither
   */
  public static LocalDate parseLocalDate(String text) {
    requireShort(text, "date");
    if (text.length() > 10 && text.charAt(10) == 'T') {
      return parseOffsetDateTime(text).toLocalDate();
    }
    LocalDate common = parseCommonDate(text);
    return common != null ? common : LocalDate.parse(text);
  }

  /**
   * A value written as text: the text is read and parsed, and one that does not parse is a value
   * mismatch saying what was expected. (A subclass per type rather than a parse function passed
   * in: a method reference would spin a class at run time on the first date of every program.)
   */
  private abstract static class TextAdapter<T> extends JsonAdapter<T> {
    private final String expected;

    TextAdapter(String expected) {
      this.expected = expected;
    }

    abstract T parse(String text);

    @Override
    public T fromJson(JsonReader reader) throws IOException {
      String text = reader.nextString();
      try {
        return parse(text);
      } catch (DateTimeException e) {
        throw ValueMismatchException.of(
            "Expected " + expected + " but was \"" + excerpt(text) + "\" at path " + reader.getPath(),
            JsonTokens.quote(text),
            e);
      }
    }
  }

  /** {@code LocalDate} as {@code yyyy-MM-dd}. */
  static final class LocalDateAdapter extends TextAdapter<LocalDate> {
    LocalDateAdapter() {
      super("a date (yyyy-MM-dd)");
    }

    @Override
    LocalDate parse(String text) {
      return parseLocalDate(text);
    }

    @Override
    public void toJson(JsonWriter writer, LocalDate value) throws IOException {
      writer.value(value.toString());
    }
  }

  /** {@code OffsetDateTime} in ISO-8601, read with any offset spelling. */
  static final class OffsetDateTimeAdapter extends TextAdapter<OffsetDateTime> {
    OffsetDateTimeAdapter() {
      super("a date-time (ISO-8601)");
    }

    @Override
    OffsetDateTime parse(String text) {
      return parseOffsetDateTime(text);
    }

    @Override
    public void toJson(JsonWriter writer, OffsetDateTime value) throws IOException {
      // Always with seconds (RFC 3339): toString() would drop ":00" seconds.
      writer.value(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
    }
  }

  /** {@code Instant} from an ISO date-time string or from epoch milliseconds. */
  static final class InstantAdapter extends TextAdapter<Instant> {
    InstantAdapter() {
      super("an instant (ISO-8601)");
    }

    @Override
    public Instant fromJson(JsonReader reader) throws IOException {
      if (reader.peek() == JsonReader.Token.NUMBER) {
        return Instant.ofEpochMilli(reader.nextLong());
      }
      return super.fromJson(reader);
    }

    @Override
    Instant parse(String text) {
      return parseOffsetDateTime(text).toInstant();
    }

    @Override
    public void toJson(JsonWriter writer, Instant value) throws IOException {
      writer.value(value.toString());
    }
  }

  static String excerpt(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
