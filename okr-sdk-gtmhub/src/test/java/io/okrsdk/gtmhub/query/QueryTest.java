package io.okrsdk.gtmhub.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryTest {
  @Test
  void attainmentConditionsWriteOperatorAndNumber() {
    assertThat(AttainmentCondition.greaterThan(0.5)).hasToString(">0.5");
    assertThat(AttainmentCondition.greaterThan(1)).hasToString(">1");
    assertThat(AttainmentCondition.greaterThan(1.0)).hasToString(">1");
    assertThat(AttainmentCondition.lessThan(0.25)).hasToString("<0.25");
    assertThat(AttainmentCondition.lessThan(0)).hasToString("<0");
    assertThat(AttainmentCondition.lessThan(new BigDecimal("0.500"))).hasToString("<0.5");
    assertThat(AttainmentCondition.greaterThan(new BigDecimal("1E+2"))).hasToString(">100");
    assertThat(AttainmentCondition.greaterThan(1e-7)).hasToString(">0.0000001");
    assertThat(AttainmentCondition.raw(">=0.5")).hasToString(">=0.5");
    assertThat(AttainmentCondition.greaterThan(0.5)).isEqualTo(AttainmentCondition.raw(">0.5"));
  }

  @Test
  void attainmentConditionsRefuseBadNumbers() {
    assertThatThrownBy(() -> AttainmentCondition.greaterThan(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AttainmentCondition.lessThan(Double.NEGATIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AttainmentCondition.raw("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void goalQueryHoldsWireValues() {
    ListQuery query =
        ListQuery.builder()
            .fields(Fields.of("name"))
            .sort(Sort.descending("name"))
            .filter(Filter.eq("a", 1))
            .formatting(Formatting.PLAIN_TEXT)
            .pageSize(25)
            .build();

    assertThat(query.fields().map(Fields::toString)).contains("name");
    assertThat(query.sort().map(Sort::toString)).contains("-name");
    assertThat(query.filter().map(Filter::toJson)).contains("{\"a\":1}");
    assertThat(query.formatting().map(Formatting::wireValue)).contains("plainText");
    assertThat(query.pageSize()).isEqualTo(25);
    assertThat(ListQuery.all().fields()).isEmpty();
    assertThat(ListQuery.all().pageSize()).isEqualTo(100);
    assertThatThrownBy(() -> ListQuery.builder().pageSize(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pageSize");
    assertThatThrownBy(() -> ListQuery.builder().filter(Filter.raw(" "))).isInstanceOf(IllegalArgumentException.class);
    assertThat(ListQuery.builder().pageSize(5).build()).isEqualTo(ListQuery.builder().pageSize(5).build());
  }

  @Test
  void groupByQueryJoinsIdsAndKeepsDates() {
    GroupByQuery query =
        GroupByQuery.builder()
            .filter(DeadlineFilter.FUTURE)
            .addIds("a", "b")
            .ownerIds(List.of("o1"))
            .addMetricOwnerIds("m1", "m2", "m3")
            .metricBefore(LocalDate.of(2021, 3, 20))
            .metricAfter(LocalDate.of(2021, 1, 5))
            .includeMetrics(true)
            .pageSize(50)
            .build();

    assertThat(query.filter()).contains(DeadlineFilter.FUTURE);
    assertThat(query.ids()).containsExactly("a", "b");
    assertThat(query.ownerIds()).containsExactly("o1");
    assertThat(query.metricOwnerIds()).containsExactly("m1", "m2", "m3");
    assertThat(query.metricBefore()).contains(LocalDate.of(2021, 3, 20));
    assertThat(query.metricAfter()).contains(LocalDate.of(2021, 1, 5));
    assertThat(query.includeMetrics()).contains(true);
    assertThat(query.attainment()).isEmpty();
    assertThat(query.pageSize()).isEqualTo(50);
  }

  @Test
  void groupByQueryRefusesBadIds() {
    assertThat(GroupByQuery.builder().build().ids()).isEmpty();
    assertThatThrownBy(() -> GroupByQuery.builder().addIds("a,b").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ids");
    assertThatThrownBy(() -> GroupByQuery.builder().addOwnerIds("a ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ownerIds");
    assertThatThrownBy(() -> GroupByQuery.builder().addMetricOwnerIds(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("metricOwnerIds");
    assertThatThrownBy(() -> GroupByQuery.builder().pageSize(-1).build()).isInstanceOf(IllegalArgumentException.class);
    // Null is refused by every generated builder method, as by the JDK's own collections.
    assertThatThrownBy(() -> GroupByQuery.builder().ownerIds(Arrays.asList("a", null)))
        .isInstanceOf(NullPointerException.class);
  }
}
