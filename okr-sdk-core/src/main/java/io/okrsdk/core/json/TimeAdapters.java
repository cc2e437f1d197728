package io.okrsdk.core.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Lenient readers and strict ISO writers for the date and time shapes the four platforms send.
 *
 * <p>Offsets come as {@code Z}, {@code +01:00} and, from OKR for Jira, {@code +0000}; a date-time
 * without an offset is read as UTC. A {@code LocalDate} field also accepts a date-time and keeps
 * its date part.
 */
public final class TimeAdapters {
  private static final Pattern COMPACT_OFFSET = Pattern.compile("([+-]\\d{2})(\\d{2})$");
  private static final Pattern HOUR_OFFSET = Pattern.compile("T.*[+-]\\d{2}$");

  private TimeAdapters() {}

  /**
   * Parses an ISO date-time with any of the accepted offset spellings.
   *
   * @param text the text, such as {@code 2020-12-16T15:15:41+0000}
   * @return the date-time
   * @throws DateTimeParseException when the text is no date-time
   */
  public static OffsetDateTime parseOffsetDateTime(String text) {
    String normalized = COMPACT_OFFSET.matcher(text).replaceFirst("$1:$2");
    if (HOUR_OFFSET.matcher(normalized).find()) {
      normalized = normalized + ":00";
    }
    if (normalized.endsWith("Z") || normalized.matches(".*[+-]\\d{2}:\\d{2}$")) {
      return OffsetDateTime.parse(normalized);
    }
    return LocalDateTime.parse(normalized).atOffset(ZoneOffset.UTC);
  }

  /**
   * Parses a date, or the date part of a date-time.
   *
   * @param text the text, such as {@code 2022-12-14}
   * @return the date
   * @throws DateTimeParseException when the text is neither
   */
  public static LocalDate parseLocalDate(String text) {
    if (text.length() > 10 && text.charAt(10) == 'T') {
      return parseOffsetDateTime(text).toLocalDate();
    }
    return LocalDate.parse(text);
  }

  /** {@code LocalDate} as {@code yyyy-MM-dd}. */
  static final class LocalDateAdapter extends JsonAdapter<LocalDate> {
    @Override
    public LocalDate fromJson(JsonReader reader) throws IOException {
      return parse(reader, "a date (yyyy-MM-dd)", TimeAdapters::parseLocalDate);
    }

    @Override
    public void toJson(JsonWriter writer, LocalDate value) throws IOException {
      writer.value(value.toString());
    }
  }

  /** {@code OffsetDateTime} in ISO-8601, read with any offset spelling. */
  static final class OffsetDateTimeAdapter extends JsonAdapter<OffsetDateTime> {
    @Override
    public OffsetDateTime fromJson(JsonReader reader) throws IOException {
      return parse(reader, "a date-time (ISO-8601)", TimeAdapters::parseOffsetDateTime);
    }

    @Override
    public void toJson(JsonWriter writer, OffsetDateTime value) throws IOException {
      // Always with seconds (RFC 3339): toString() would drop ":00" seconds.
      writer.value(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
    }
  }

  /** {@code Instant} from an ISO date-time string or from epoch milliseconds. */
  static final class InstantAdapter extends JsonAdapter<Instant> {
    @Override
    public Instant fromJson(JsonReader reader) throws IOException {
      if (reader.peek() == JsonReader.Token.NUMBER) {
        return Instant.ofEpochMilli(reader.nextLong());
      }
      return parse(reader, "an instant (ISO-8601)", text -> parseOffsetDateTime(text).toInstant());
    }

    @Override
    public void toJson(JsonWriter writer, Instant value) throws IOException {
      writer.value(value.toString());
    }
  }

  private interface Parser<T> {
    T parse(String text);
  }

  private static <T> T parse(JsonReader reader, String expected, Parser<T> parser) throws IOException {
    String text = reader.nextString();
    try {
      return parser.parse(text);
    } catch (DateTimeParseException e) {
      throw new JsonDataException(
          "Expected " + expected + " but was \"" + excerpt(text) + "\" at path " + reader.getPath(), e);
    }
  }

  static String excerpt(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
