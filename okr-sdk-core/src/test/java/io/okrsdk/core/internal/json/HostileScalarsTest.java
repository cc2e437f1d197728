package io.okrsdk.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import io.okrsdk.core.json.DecodingOptions;
import io.okrsdk.core.json.DecodingProblem;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Date and number strings far longer than any valid value are refused at once. The bound is a
 * guard only a super-linear parser could miss (the old date regex took about 5 s for 40 KB, so
 * hours for 1 MB), not a speed test.
 */
class HostileScalarsTest {
  private static final Duration GUARD = Duration.ofSeconds(10);
  private static final int MEGABYTE = 1 << 20;

  @ParameterizedTest
  @ValueSource(strings = {"T", "T+0", "2020-01-01T", "9", "+", "T1:"})
  void aMegabyteOfDateLikeTextIsRefusedInLinearTime(String unit) {
    String hostile = "2020-12-16T" + unit.repeat(MEGABYTE / unit.length()) + "+00";
    assertTimeoutPreemptively(
        GUARD,
        () -> {
          assertThatThrownBy(() -> TimeAdapters.parseOffsetDateTime(hostile)).isInstanceOf(DateTimeParseException.class);
          assertThatThrownBy(() -> TimeAdapters.parseLocalDate(hostile)).isInstanceOf(DateTimeParseException.class);
        });
  }

  @Test
  void aMegabyteDateOrNumberInABodyIsOneRecordedProblem() {
    String huge = "1".repeat(MEGABYTE);
    String body = "{\"id\":\"1\",\"due\":\"2020-01-01T" + huge + "\",\"amount\":" + huge + ",\"weight\":" + huge + "}";
    JsonAdapter<TolerantDecodingTest.Probe> adapter = OkrJson.newMoshi().adapter(TolerantDecodingTest.Probe.class);
    List<DecodingProblem> problems = new ArrayList<>();
    TolerantDecodingTest.Probe probe =
        assertTimeoutPreemptively(
            GUARD, () -> OkrJson.decode(adapter, new Buffer().writeUtf8(body), DecodingOptions.defaults(), problems));

    assertThat(probe.due()).isEmpty();
    assertThat(probe.amount()).isEmpty();
    assertThat(probe.weight()).isEmpty();
    assertThat(problems).extracting(DecodingProblem::jsonPath).containsExactly("$.due", "$.amount", "$.weight");
    assertThat(problems).allSatisfy(p -> assertThat(p.excerpt().length()).isLessThan(200));
  }

  @Test
  void validSpellingsStillParse() {
    assertThat(TimeAdapters.parseOffsetDateTime("2020-12-16T15:15:41+0000").toString()).isEqualTo("2020-12-16T15:15:41Z");
    assertThat(TimeAdapters.parseOffsetDateTime("2020-12-16T15:15:41-05").getOffset().getTotalSeconds()).isEqualTo(-5 * 3600);
    assertThat(TimeAdapters.parseOffsetDateTime("2020-12-16T15:15:41.123456789+01:00")).isEqualTo(OffsetDateTime.parse("2020-12-16T15:15:41.123456789+01:00"));
    assertThat(TimeAdapters.parseOffsetDateTime("2020-12-16T15:15")).isEqualTo(OffsetDateTime.parse("2020-12-16T15:15Z"));
    assertThat(TimeAdapters.parseLocalDate("2022-12-14T23:00:00Z")).isEqualTo(LocalDate.of(2022, 12, 14));
  }

  @Test
  void decimalsTheSdkWouldRefuseToReadAreRefusedBeforeSending() {
    JsonAdapter<BigDecimal> adapter = OkrJson.newMoshi().adapter(BigDecimal.class);

    assertThatThrownBy(() -> adapter.toJson(BigDecimal.ONE.scaleByPowerOfTen(-1_000_000)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scale 1000000");
    assertThatThrownBy(() -> adapter.toJson(new BigDecimal("1".repeat(500))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("500 digits");
    assertThatThrownBy(() -> adapter.fromJson("1e-1000000")).isInstanceOf(JsonDataException.class).hasMessageContaining("scale");
    assertThat(adapter.toJson(new BigDecimal("20.0000"))).isEqualTo("20.0000");
  }
}
