package io.okrsdk.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The digit-by-digit reader of the common date-time shape against the JDK's ISO parser it stands in
 * front of: wherever it gives a value, the JDK gives the same one; everything else is left to the
 * JDK.
 */
@Timeout(60)
class TimeAdaptersTest {
  private static final String ODD = "0123456789-:T.Z+ tz";

  @Test
  void theShapesThePlatformsSendAreReadWithoutTheJdkParser() {
    for (String text :
        List.of(
            "2026-10-03T09:00:00.000Z",
            "0001-01-01T00:00:00.000Z",
            "2020-12-16T15:15:41+01:00",
            "2020-12-16T15:15:41.123456789-05:30",
            "2020-12-16T15:15:41Z",
            "2020-12-16T15:15",
            "2024-02-29T23:59:59.5Z")) {
      assertThat(TimeAdapters.parseCommonDateTime(text)).as(text).isNotNull().isEqualTo(jdk(text));
    }
    assertThat(TimeAdapters.parseCommonDate("2022-12-14")).isEqualTo(LocalDate.of(2022, 12, 14));
  }

  @Test
  void impossibleValuesAreLeftToTheJdkWhichRefusesThem() {
    for (String text :
        List.of(
            "2023-02-29T10:00:00Z",
            "2020-13-01T10:00:00Z",
            "2020-12-16T24:00:00Z",
            "2020-12-16T15:60:00Z",
            "2020-12-16T15:15:41+19:00",
            "2020-12-16T15:15:41.1234567891Z",
            "2020-12-16T15:15:41.Z",
            "2020-12-16t15:15:41z")) {
      assertThat(TimeAdapters.parseCommonDateTime(text)).as(text).isNull();
    }
    assertThatThrownBy(() -> TimeAdapters.parseOffsetDateTime("2023-02-29T10:00:00Z"))
        .isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> TimeAdapters.parseLocalDate("2023-02-29")).isInstanceOf(DateTimeParseException.class);
    // Whatever the fast path leaves, the JDK reads or refuses as it did before there was one.
    for (String left : List.of("2020-12-16t15:15:41Z", "+12020-12-16T15:15:41Z", "2020-12-16T15:15:41.Z")) {
      OffsetDateTime expected = jdk(left);
      if (expected == null) {
        assertThatThrownBy(() -> TimeAdapters.parseOffsetDateTime(left)).as(left).isInstanceOf(DateTimeException.class);
      } else {
        assertThat(TimeAdapters.parseOffsetDateTime(left)).as(left).isEqualTo(expected);
      }
    }
    // A lower-case offset letter was refused before the fast path existed, and still is.
    assertThatThrownBy(() -> TimeAdapters.parseOffsetDateTime("2020-12-16T15:15:41z"))
        .isInstanceOf(DateTimeParseException.class);
  }

  @Test
  void wheneverTheFastPathGivesAValueTheJdkGivesTheSameOne() {
    Random random = new Random(20261202L);
    int taken = 0;
    for (int i = 0; i < 50_000; i++) {
      String text = candidate(random);
      if (random.nextInt(3) == 0) {
        char[] chars = text.toCharArray();
        chars[random.nextInt(chars.length)] = ODD.charAt(random.nextInt(ODD.length()));
        text = new String(chars);
      }
      OffsetDateTime fast = TimeAdapters.parseCommonDateTime(text);
      if (fast != null) {
        taken++;
        assertThat(fast).as(text).isEqualTo(jdk(text));
      }
      LocalDate date = TimeAdapters.parseCommonDate(text.substring(0, Math.min(10, text.length())));
      if (date != null) {
        assertThat(date).as(text).isEqualTo(LocalDate.parse(text.substring(0, 10)));
      }
    }
    // The generator mostly makes valid texts: the comparison ran on many of them.
    assertThat(taken).isGreaterThan(10_000);
  }

  private static String candidate(Random random) {
    StringBuilder text = new StringBuilder();
    text.append(String.format("%04d-%02d-%02dT%02d:%02d",
        random.nextInt(10_000), random.nextInt(14), random.nextInt(33), random.nextInt(26), random.nextInt(62)));
    if (random.nextBoolean()) {
      text.append(String.format(":%02d", random.nextInt(62)));
      if (random.nextBoolean()) {
        text.append('.');
        int digits = random.nextInt(11);
        for (int d = 0; d < digits; d++) {
          text.append(random.nextInt(10));
        }
      }
    }
    switch (random.nextInt(4)) {
      case 0:
        break;
      case 1:
        text.append('Z');
        break;
      default:
        text.append(random.nextBoolean() ? '+' : '-')
            .append(String.format("%02d:%02d", random.nextInt(20), random.nextInt(61)));
    }
    return text.toString();
  }

  /** What the JDK reads: with an offset as an offset date-time, without one as UTC; or null. */
  private static OffsetDateTime jdk(String text) {
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeException withOffset) {
      try {
        return LocalDateTime.parse(text).atOffset(ZoneOffset.UTC);
      } catch (DateTimeException neither) {
        return null;
      }
    }
  }
}
