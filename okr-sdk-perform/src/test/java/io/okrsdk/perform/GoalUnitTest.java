package io.okrsdk.perform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.perform.model.GoalUnit;
import io.okrsdk.perform.model.GoalUnit.Kind;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GoalUnitTest {
  @ParameterizedTest
  @CsvSource({
    "perc, PERCENTAGE",
    "PERC, PERCENTAGE",
    "number, NUMBER",
    "bin, BINARY",
    "' bin ', BINARY",
    "usd, CURRENCY",
    "eur, CURRENCY",
    "GBP, CURRENCY",
    "jpy, CURRENCY"
  })
  void knownUnits(String value, Kind kind) {
    GoalUnit unit = GoalUnit.of(value);
    assertThat(unit.kind()).isEqualTo(kind);
    assertThat(unit.is(kind)).isTrue();
    assertThat(unit.value()).isEqualTo(value);
    assertThat(unit.isCurrency()).isEqualTo(kind == Kind.CURRENCY);
    assertThat(unit.currency().isPresent()).isEqualTo(kind == Kind.CURRENCY);
  }

  @Test
  void currencyUnitsNameTheirCurrency() {
    assertThat(GoalUnit.of("usd").currency()).contains(Currency.getInstance("USD"));
    assertThat(GoalUnit.of("chf").currency()).contains(Currency.getInstance("CHF"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"xyz", "qqq", "", "percent", "%", "us", "usdt", "u$d", "eu1", "hours"})
  void unknownUnitsAreKeptRaw(String value) {
    GoalUnit unit = GoalUnit.of(value);
    assertThat(unit.kind()).isEqualTo(Kind.UNKNOWN);
    assertThat(unit.currency()).isEmpty();
    assertThat(unit.isCurrency()).isFalse();
    assertThat(unit.value()).isEqualTo(value);
    assertThat(unit.toString()).isEqualTo(value);
  }

  @Test
  void equalityFollowsTheMeaningForKnownUnitsAndTheSpellingForUnknownOnes() {
    assertThat(GoalUnit.of("PERC")).isEqualTo(GoalUnit.PERCENTAGE).hasSameHashCodeAs(GoalUnit.PERCENTAGE);
    assertThat(GoalUnit.of("number")).isEqualTo(GoalUnit.NUMBER);
    assertThat(GoalUnit.of("bin")).isEqualTo(GoalUnit.BINARY);
    assertThat(GoalUnit.of("EUR")).isEqualTo(GoalUnit.ofCurrency(Currency.getInstance("EUR")));
    assertThat(GoalUnit.of("eur")).isNotEqualTo(GoalUnit.of("usd"));
    assertThat(GoalUnit.of("xyz")).isEqualTo(GoalUnit.of("xyz")).isNotEqualTo(GoalUnit.of("XYZ"));
    assertThat(GoalUnit.PERCENTAGE).isNotEqualTo(GoalUnit.NUMBER);
  }

  @Test
  void ofCurrencyIsSpelledLikeTheApi() {
    GoalUnit unit = GoalUnit.ofCurrency(Currency.getInstance("USD"));
    assertThat(unit.value()).isEqualTo("usd");
    assertThat(unit.kind()).isEqualTo(Kind.CURRENCY);
  }

  @Test
  void nullIsRefused() {
    assertThatThrownBy(() -> GoalUnit.of(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> GoalUnit.ofCurrency(null)).isInstanceOf(NullPointerException.class);
  }
}
