package io.okrsdk.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.json.OpenEnum;
import io.okrsdk.jira.internal.CommaList;
import io.okrsdk.jira.model.CustomFieldValue;
import io.okrsdk.jira.model.OkrStatus;
import io.okrsdk.jira.query.DateWindow;
import io.okrsdk.jira.query.KeyResultExpand;
import io.okrsdk.jira.query.ObjectiveExpand;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Status spellings, comma lists, date windows and custom field values. */
class ValueTypesTest {

  @ParameterizedTest
  @CsvSource({
    "ON_TRACK, ON_TRACK",
    "ON TRACK, ON_TRACK",
    "On Track, ON_TRACK",
    "AT RISK, AT_RISK",
    "OFF TRACK, ACTION_REQUIRED",
    "ACTION_REQUIRED, ACTION_REQUIRED",
    "NOT STARTED, NOT_STARTED",
    "ASSUMPTIONS CHANGED, ASSUMPTIONS_CHANGED",
    "MISSED_TARGET, MISSED_TARGET",
    "CANCELED, CANCELED"
  })
  void bothStatusSpellingsAreOneValue(String spelling, OkrStatus expected) {
    OpenEnum<OkrStatus> status = OpenEnum.of(OkrStatus.class, spelling);
    assertThat(status.known()).contains(expected);
    assertThat(status).isEqualTo(OpenEnum.of(expected));
    assertThat(status.value()).isEqualTo(spelling);
  }

  @Test
  void updateSpellingsUseSpacesAndOffTrack() {
    assertThat(OkrStatus.ON_TRACK.updateSpelling()).isEqualTo("ON TRACK");
    assertThat(OkrStatus.AT_RISK.updateSpelling()).isEqualTo("AT RISK");
    assertThat(OkrStatus.NOT_STARTED.updateSpelling()).isEqualTo("NOT STARTED");
    assertThat(OkrStatus.ACTION_REQUIRED.updateSpelling()).isEqualTo("OFF TRACK");
    assertThat(OkrStatus.SUCCESS.updateSpelling()).isEqualTo("SUCCESS");
    for (OkrStatus status : OkrStatus.values()) {
      assertThat(OpenEnum.of(OkrStatus.class, status.updateSpelling()).known()).contains(status);
    }
  }

  @Test
  void anUnknownStatusIsKeptVerbatim() {
    OpenEnum<OkrStatus> status = OpenEnum.of(OkrStatus.class, "ON HOLD");
    assertThat(status.isKnown()).isFalse();
    assertThat(status.value()).isEqualTo("ON HOLD");
  }

  @Test
  void rawExpandValuesFollowTheKnownOnes() {
    assertThat(CommaList.expand(EnumSet.of(ObjectiveExpand.TEAMS, ObjectiveExpand.OBJECTIVES), List.of("OWNERS", "TEAMS", "Wert ä")).toString())
        .isEqualTo("OBJECTIVES,TEAMS,OWNERS,Wert%20%C3%A4");
    assertThat(CommaList.expand(EnumSet.noneOf(ObjectiveExpand.class), List.of("OWNERS")).values()).containsExactly("OWNERS");
    assertThatThrownBy(() -> CommaList.expand(EnumSet.noneOf(ObjectiveExpand.class), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CommaList.expand(EnumSet.noneOf(ObjectiveExpand.class), List.of("A,B")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("comma");
    assertThatThrownBy(() -> CommaList.expand(EnumSet.noneOf(ObjectiveExpand.class), List.of(" ")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void expandListsFollowDeclarationOrder() {
    CommaList<ObjectiveExpand> expand =
        CommaList.expand(EnumSet.of(ObjectiveExpand.CUSTOM_FIELDS, ObjectiveExpand.KEY_RESULTS));
    assertThat(expand.toString()).isEqualTo("KEY_RESULTS,CUSTOM_FIELDS");
    assertThat(expand.values()).containsExactly(ObjectiveExpand.KEY_RESULTS, ObjectiveExpand.CUSTOM_FIELDS);
    assertThat(CommaList.expand(Set.of(KeyResultExpand.TYPES, KeyResultExpand.OBJECTIVES)).toString())
        .isEqualTo("OBJECTIVES,TYPES");
    assertThat(ObjectiveExpand.all()).hasSize(7);
    assertThat(KeyResultExpand.all()).hasSize(6);
    assertThatThrownBy(() -> CommaList.expand(EnumSet.noneOf(ObjectiveExpand.class)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void idListsDropDuplicatesKeepOrderAndCopy() {
    List<String> ids = new ArrayList<>(List.of("b", "a", "b"));
    CommaList<String> list = CommaList.ids(ids, "objectiveIds");
    ids.clear();
    assertThat(list.values()).containsExactly("b", "a");
    assertThat(list.toString()).isEqualTo("b,a");
    assertThat(list).isEqualTo(CommaList.ids(List.of("b", "a"), "objectiveIds")).hasSameHashCodeAs(CommaList.ids(List.of("b", "a"), "x"));
    assertThatThrownBy(() -> CommaList.ids(Arrays.asList("a", null), "objectiveIds"))
        .hasMessageContaining("an id in objectiveIds is required but was null");
  }

  @Test
  void dateWindowsConvertToEpochMillis() {
    DateWindow days = DateWindow.between(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 1));
    assertThat(days.startEpochMilli()).isEqualTo(1609459200000L);
    assertThat(days.deadlineEpochMilli()).isEqualTo(1609459200000L + 86_400_000L - 1);
    DateWindow berlin = DateWindow.between(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 1), ZoneId.of("Europe/Berlin"));
    assertThat(berlin.startEpochMilli()).isEqualTo(1609459200000L - 3_600_000L);
    DateWindow instants = DateWindow.between(Instant.parse("2021-01-01T00:00:00.123456Z"), Instant.parse("2021-01-02T00:00:00Z"));
    assertThat(instants.startEpochMilli()).isEqualTo(1609459200123L);
    assertThat(instants.start()).isEqualTo(Instant.parse("2021-01-01T00:00:00.123456Z"));
    assertThat(instants.deadline()).isEqualTo(Instant.parse("2021-01-02T00:00:00Z"));
    assertThat(instants).isEqualTo(DateWindow.between(instants.start(), instants.deadline()));
    assertThat(instants.toString()).contains("2021-01-01T00:00:00.123456Z");
    assertThatThrownBy(() -> DateWindow.between(LocalDate.of(2021, 1, 2), LocalDate.of(2021, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void customFieldValuesOfferTypedViews() {
    assertThat(CustomFieldValue.of("7.50").asNumber()).contains(new BigDecimal("7.50"));
    assertThat(CustomFieldValue.of("text").asNumber()).isEmpty();
    assertThat(CustomFieldValue.of(true).asText()).contains("true");
    assertThat(CustomFieldValue.of(3.0).asText()).contains("3");
    assertThat(CustomFieldValue.of(42L).asNumber()).contains(new BigDecimal("42"));
    assertThat(CustomFieldValue.of("one").asList()).containsExactly("one");
    assertThat(CustomFieldValue.of(null)).isEqualTo(CustomFieldValue.of(null));
    List<Object> options = new ArrayList<>(List.of("a"));
    CustomFieldValue copied = CustomFieldValue.of(options);
    options.add("b");
    assertThat(copied.asList()).containsExactly("a");
    assertThatThrownBy(() -> copied.asList().add("c")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> CustomFieldValue.of(new Object())).isInstanceOf(IllegalArgumentException.class);
  }
}
