package io.okrsdk.perform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.perform.query.CheckinQuery;
import io.okrsdk.perform.query.ImmutableCheckinQuery;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CheckinQueryTest {
  @Test
  void holdsEveryFilter() {
    CheckinQuery query =
        CheckinQuery.builder()
            .dateFrom(LocalDate.of(2025, 1, 1))
            .dateTo(LocalDate.of(2025, 1, 31))
            .department("Sales")
            .managerEmail("boss@test.com")
            .managerName("Joanne Stefani")
            .personEmail("mtest@test.com")
            .personName("Michael Test")
            .build();
    assertThat(query.dateFrom()).contains(LocalDate.of(2025, 1, 1));
    assertThat(query.dateTo()).contains(LocalDate.of(2025, 1, 31));
    assertThat(query.department()).contains("Sales");
    assertThat(query.managerEmail()).contains("boss@test.com");
    assertThat(query.managerName()).contains("Joanne Stefani");
    assertThat(query.personEmail()).contains("mtest@test.com");
    assertThat(query.personName()).contains("Michael Test");
    assertThat(ImmutableCheckinQuery.builder().from(query).build()).isEqualTo(query).hasSameHashCodeAs(query);
    assertThat(query.toString()).contains("department=Sales").contains("dateTo=2025-01-31");
  }

  @Test
  void allHasNoFilter() {
    CheckinQuery all = CheckinQuery.all();
    assertThat(all.dateFrom()).isEmpty();
    assertThat(all.dateTo()).isEmpty();
    assertThat(all.department()).isEmpty();
    assertThat(all.managerEmail()).isEmpty();
    assertThat(all.managerName()).isEmpty();
    assertThat(all.personEmail()).isEmpty();
    assertThat(all.personName()).isEmpty();
    assertThat(all).isEqualTo(CheckinQuery.builder().build());
    assertThat(all.toString()).isEqualTo("CheckinQuery{}");
  }

  @Test
  void anEmptyValueClearsAFilter() {
    CheckinQuery query = CheckinQuery.builder().department("Sales").dateFrom(LocalDate.of(2025, 1, 1)).build();
    assertThat(ImmutableCheckinQuery.copyOf(query).withDepartment(Optional.empty()).withDateFrom(Optional.empty())).isEqualTo(CheckinQuery.all());
  }

  @Test
  void blankTextFiltersAreRefused() {
    assertThatThrownBy(() -> CheckinQuery.builder().department(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("department");
    assertThatThrownBy(() -> CheckinQuery.builder().managerEmail("").build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CheckinQuery.builder().managerName("\t").build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CheckinQuery.builder().personEmail("").build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CheckinQuery.builder().personName(" ").build()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDateRangeMustNotRunBackwards() {
    ImmutableCheckinQuery.Builder builder = CheckinQuery.builder().dateFrom(LocalDate.of(2025, 2, 1)).dateTo(LocalDate.of(2025, 1, 31));
    assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dateFrom");
    LocalDate day = LocalDate.of(2025, 1, 31);
    assertThat(CheckinQuery.builder().dateFrom(day).dateTo(day).build().dateFrom()).contains(day);
  }
}
