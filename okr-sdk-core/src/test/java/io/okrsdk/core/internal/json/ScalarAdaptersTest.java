package io.okrsdk.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.okrsdk.core.json.OpenEnum;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScalarAdaptersTest {
  private final Moshi moshi = OkrJson.newMoshi();

  @Test
  void offsetDateTimeAcceptsEveryOffsetSpelling() throws IOException {
    var adapter = moshi.adapter(OffsetDateTime.class);
    assertThat(adapter.fromJson("\"2020-12-16T15:15:41+0000\"")).isEqualTo(OffsetDateTime.of(2020, 12, 16, 15, 15, 41, 0, ZoneOffset.UTC));
    assertThat(adapter.fromJson("\"2020-12-16T15:15:41Z\"")).isEqualTo(OffsetDateTime.of(2020, 12, 16, 15, 15, 41, 0, ZoneOffset.UTC));
    assertThat(adapter.fromJson("\"2021-06-01T09:30:00.123456+01:00\""))
        .isEqualTo(OffsetDateTime.of(2021, 6, 1, 9, 30, 0, 123_456_000, ZoneOffset.ofHours(1)));
    assertThat(adapter.fromJson("\"2021-06-01T09:30:00-0530\"").getOffset()).isEqualTo(ZoneOffset.ofHoursMinutes(-5, -30));
    assertThat(adapter.fromJson("\"2021-06-01T09:30:00+02\"").getOffset()).isEqualTo(ZoneOffset.ofHours(2));
    assertThat(adapter.fromJson("\"2021-06-01T09:30:00\"").getOffset()).isEqualTo(ZoneOffset.UTC);
    assertThat(adapter.fromJson("null")).isNull();
    assertThat(adapter.toJson(OffsetDateTime.of(2020, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC))).isEqualTo("\"2020-01-02T03:04:05Z\"");
    assertThatThrownBy(() -> adapter.fromJson("\"yesterday\"")).isInstanceOf(JsonDataException.class).hasMessageContaining("at path $");
    assertThatThrownBy(() -> adapter.fromJson("42")).isInstanceOf(JsonDataException.class);
  }

  @Test
  void eachDateTypeNamesWhatItExpectedAndWhereWhenTheTextIsNoDate() throws IOException {
    // The three adapters share one text-reading base; each keeps its own wording and the path.
    assertThatThrownBy(() -> moshi.adapter(LocalDate.class).fromJson("\"yesterday\""))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("Expected a date (yyyy-MM-dd) but was \"yesterday\" at path $");
    assertThatThrownBy(() -> moshi.adapter(OffsetDateTime.class).fromJson("\"2024-13-01T00:00:00Z\""))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("Expected a date-time (ISO-8601) but was \"2024-13-01T00:00:00Z\" at path $");
    assertThatThrownBy(() -> moshi.adapter(Instant.class).fromJson("\"soon\""))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("Expected an instant (ISO-8601) but was \"soon\" at path $");
    assertThat(moshi.adapter(Instant.class).fromJson("null")).isNull();
  }

  @Test
  void localDateAcceptsDatesAndDateTimes() throws IOException {
    var adapter = moshi.adapter(LocalDate.class);
    assertThat(adapter.fromJson("\"2022-12-14\"")).isEqualTo(LocalDate.of(2022, 12, 14));
    assertThat(adapter.fromJson("\"0001-01-01T00:00:00Z\"")).isEqualTo(LocalDate.of(1, 1, 1));
    assertThat(adapter.toJson(LocalDate.of(2022, 12, 14))).isEqualTo("\"2022-12-14\"");
    assertThatThrownBy(() -> adapter.fromJson("\"14-12-2022\"")).isInstanceOf(JsonDataException.class);
  }

  @Test
  void instantReadsIsoAndEpochMillis() throws IOException {
    var adapter = moshi.adapter(Instant.class);
    assertThat(adapter.fromJson("1608131741000")).isEqualTo(Instant.parse("2020-12-16T15:15:41Z"));
    assertThat(adapter.fromJson("\"2020-12-16T15:15:41+0000\"")).isEqualTo(Instant.parse("2020-12-16T15:15:41Z"));
  }

  @Test
  void bigDecimalKeepsEveryDigitFromStringsAndNumbers() throws IOException {
    var adapter = moshi.adapter(BigDecimal.class);
    assertThat(adapter.fromJson("\"20.0000\"")).isEqualTo(new BigDecimal("20.0000"));
    assertThat(adapter.fromJson("45.6")).isEqualTo(new BigDecimal("45.6"));
    assertThat(adapter.fromJson("0.1000000000000000055511151231257827")).isEqualTo(new BigDecimal("0.1000000000000000055511151231257827"));
    assertThat(adapter.fromJson("1e3")).isEqualByComparingTo("1000");
    assertThat(adapter.toJson(new BigDecimal("20.0000"))).isEqualTo("20.0000");
    assertThatThrownBy(() -> adapter.fromJson("\"twenty\"")).isInstanceOf(JsonDataException.class);
    assertThatThrownBy(() -> adapter.fromJson("true")).isInstanceOf(JsonDataException.class);
    assertThatThrownBy(() -> adapter.fromJson("\"1" + "0".repeat(1000) + "\"")).isInstanceOf(JsonDataException.class).hasMessageContaining("too long");
  }

  @Test
  void optionalReadsNullAsEmpty() throws IOException {
    var adapter = moshi.<Optional<String>>adapter(Types.newParameterizedType(Optional.class, String.class));
    assertThat(adapter.fromJson("null")).isEmpty();
    assertThat(adapter.fromJson("\"x\"")).contains("x");
  }

  @Test
  void openEnumsKeepUnknownValuesAndCompareByConstant() throws IOException {
    var adapter = moshi.<OpenEnum<SampleGoal.Rag>>adapter(Types.newParameterizedType(OpenEnum.class, SampleGoal.Rag.class));
    OpenEnum<SampleGoal.Rag> green = adapter.fromJson("\"green\"");
    OpenEnum<SampleGoal.Rag> shouted = adapter.fromJson("\"GREEN\"");
    OpenEnum<SampleGoal.Rag> unknown = adapter.fromJson("\"teal\"");

    assertThat(green).isEqualTo(OpenEnum.of(SampleGoal.Rag.GREEN)).isEqualTo(shouted);
    assertThat(green.value()).isEqualTo("green");
    assertThat(shouted.value()).isEqualTo("GREEN");
    assertThat(unknown.isKnown()).isFalse();
    assertThat(unknown.orElse(SampleGoal.Rag.RED)).isEqualTo(SampleGoal.Rag.RED);
    assertThat(unknown).isEqualTo(OpenEnum.of(SampleGoal.Rag.class, "teal")).isNotEqualTo(green);
    assertThat(adapter.toJson(OpenEnum.of(SampleGoal.Rag.ON_TRACK))).isEqualTo("\"ON_TRACK\"");
    assertThat(adapter.toJson(unknown)).isEqualTo("\"teal\"");
    assertThatThrownBy(() -> adapter.fromJson("{}")).isInstanceOf(JsonDataException.class);
  }

  @Test
  void openEnumsReadEverySpellingAsOfWouldAndKeepItsText() throws IOException {
    var adapter = moshi.<OpenEnum<SampleGoal.Rag>>adapter(Types.newParameterizedType(OpenEnum.class, SampleGoal.Rag.class));

    for (String spelling : new String[] {"RED", "green", "GREEN", "ON TRACK", "ON_TRACK", "on track", "Amber", "teal", ""}) {
      OpenEnum<SampleGoal.Rag> read = adapter.fromJson("\"" + spelling + "\"");
      OpenEnum<SampleGoal.Rag> made = OpenEnum.of(SampleGoal.Rag.class, spelling);
      assertThat(read).as(spelling).isEqualTo(made);
      assertThat(read.value()).as(spelling).isEqualTo(spelling);
      assertThat(read.known()).as(spelling).isEqualTo(made.known());
    }
    assertThat(adapter.fromJson("\"ON TRACK\"").known()).contains(SampleGoal.Rag.ON_TRACK);
    assertThat(adapter.fromJson("\"on track\"").known()).contains(SampleGoal.Rag.ON_TRACK);
    assertThat(adapter.fromJson("12").value()).isEqualTo("12");
    assertThat(adapter.fromJson("12").isKnown()).isFalse();
  }
}
