package io.okrsdk.gtmhub.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SortAndFieldsTest {
  @Test
  void sortWritesMinusForDescending() {
    assertThat(Sort.descending("name").thenAscending("dateCreated")).hasToString("-name,dateCreated");
    assertThat(Sort.ascending("a").thenDescending("b").thenDescending("c")).hasToString("a,-b,-c");
    assertThat(Sort.raw(" -attainment ")).hasToString("-attainment");
  }

  @Test
  void sortIsImmutable() {
    Sort base = Sort.ascending("a");
    Sort longer = base.thenAscending("b");

    assertThat(base).hasToString("a");
    assertThat(longer).hasToString("a,b");
    assertThat(longer).isEqualTo(Sort.ascending("a").thenAscending("b")).isNotEqualTo(base);
  }

  @Test
  void sortRefusesNamesThatWouldBreakTheList() {
    assertThatThrownBy(() -> Sort.ascending("a,b")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Sort.descending("-a")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Sort.ascending(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Sort.ascending(" a")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Sort.raw(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fieldsWriteTheDocExampleWithNestedBraces() {
    Fields fields = Fields.of("name", "sessionId").nested("metrics", "name", "attainment").nested("links", "expanded");

    assertThat(fields).hasToString("name,sessionId,metrics{name,attainment},links{expanded}");
  }

  @Test
  void fieldsNestDeeper() {
    Fields fields = Fields.of("name").nested("metrics", Fields.of("name").nested("confidence", "value", "reason"));

    assertThat(fields).hasToString("name,metrics{name,confidence{value,reason}}");
    assertThat(Fields.of("name").and("description", "url")).hasToString("name,description,url");
    assertThat(Fields.raw("name,description")).hasToString("name,description");
  }

  @Test
  void fieldsRefuseReservedCharacters() {
    assertThatThrownBy(() -> Fields.of()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fields.of("a,b")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fields.of("a{b}")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fields.of("a").nested("m")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fields.of("a").nested("m}", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fields.raw(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void formattingAndDeadlineWireValues() {
    assertThat(Formatting.MENTIONS_MARKUP.wireValue()).isEqualTo("mentionsMarkup");
    assertThat(Formatting.PLAIN_TEXT.wireValue()).isEqualTo("plainText");
    assertThat(DeadlineFilter.CURRENT.wireValue()).isEqualTo("current");
    assertThat(DeadlineFilter.PAST.wireValue()).isEqualTo("past");
    assertThat(DeadlineFilter.FUTURE.wireValue()).isEqualTo("future");
  }
}
