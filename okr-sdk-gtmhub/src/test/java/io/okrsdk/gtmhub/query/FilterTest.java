package io.okrsdk.gtmhub.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FilterTest {
  @Test
  void inWritesTheDocExampleAsStrictJson() {
    assertThat(Filter.in("name", "sales", "marketing").toJson())
        .isEqualTo("{\"name\":{\"$in\":[\"sales\",\"marketing\"]}}");
    assertThat(Filter.in("sessionId", List.of("s1", "s2")).toJson())
        .isEqualTo("{\"sessionId\":{\"$in\":[\"s1\",\"s2\"]}}");
  }

  @Test
  void regexWritesTheDocExample() {
    assertThat(Filter.regex("name", ".*Sales.*").toJson()).isEqualTo("{\"name\":{\"$regex\":\".*Sales.*\"}}");
  }

  @Test
  void equalityAndIdLookups() {
    assertThat(Filter.eq("sessionId", "5be2").toJson()).isEqualTo("{\"sessionId\":\"5be2\"}");
    assertThat(Filter.id("6138969ab6adf10001fc329c").toJson()).isEqualTo("{\"_id\":\"6138969ab6adf10001fc329c\"}");
    assertThat(Filter.eq("critical", true).toJson()).isEqualTo("{\"critical\":true}");
    assertThat(Filter.eq("parentId", null).toJson()).isEqualTo("{\"parentId\":null}");
  }

  @Test
  void comparisonsWriteNumbersUnquoted() {
    assertThat(Filter.gte("attainment", 0.5).toJson()).isEqualTo("{\"attainment\":{\"$gte\":0.5}}");
    assertThat(Filter.gt("attainment", 0).toJson()).isEqualTo("{\"attainment\":{\"$gt\":0}}");
    assertThat(Filter.lt("attainment", new BigDecimal("0.75")).toJson()).isEqualTo("{\"attainment\":{\"$lt\":0.75}}");
    assertThat(Filter.lte("count", 10L).toJson()).isEqualTo("{\"count\":{\"$lte\":10}}");
    assertThat(Filter.ne("name", "x").toJson()).isEqualTo("{\"name\":{\"$ne\":\"x\"}}");
    assertThat(Filter.nin("name", "a", "b").toJson()).isEqualTo("{\"name\":{\"$nin\":[\"a\",\"b\"]}}");
    assertThat(Filter.in("x", 1, null, false).toJson()).isEqualTo("{\"x\":{\"$in\":[1,null,false]}}");
  }

  @Test
  void valuesAndFieldNamesAreEscaped() {
    assertThat(Filter.eq("na\"me", "quote \" backslash \\ newline \n tab \t ctrl \u0001 done").toJson())
        .isEqualTo("{\"na\\\"me\":\"quote \\\" backslash \\\\ newline \\n tab \\t ctrl \\u0001 done\"}");
    assertThat(Filter.regex("name", "^\"x\"\\d+$").toJson())
        .isEqualTo("{\"name\":{\"$regex\":\"^\\\"x\\\"\\\\d+$\"}}");
    assertThat(Filter.eq("name", "} , {\"$where\":1}").toJson())
        .isEqualTo("{\"name\":\"} , {\\\"$where\\\":1}\"}");
    assertThat(Filter.eq("name", "Zürich \u2028").toJson()).isEqualTo("{\"name\":\"Zürich \\u2028\"}");
  }

  @Test
  void andOrCombine() {
    Filter session = Filter.eq("sessionId", "s1");
    Filter high = Filter.gte("attainment", 0.5);

    assertThat(session.and(high).toJson())
        .isEqualTo("{\"$and\":[{\"sessionId\":\"s1\"},{\"attainment\":{\"$gte\":0.5}}]}");
    assertThat(session.or(high).toJson())
        .isEqualTo("{\"$or\":[{\"sessionId\":\"s1\"},{\"attainment\":{\"$gte\":0.5}}]}");
    assertThat(Filter.anyOf(Filter.eq("a", 1), Filter.allOf(Filter.eq("b", 2), Filter.eq("c", 3))).toJson())
        .isEqualTo("{\"$or\":[{\"a\":1},{\"$and\":[{\"b\":2},{\"c\":3}]}]}");
  }

  @Test
  void rawFiltersAreKeptAndCanBeCombined() {
    Filter raw = Filter.raw(" {name: {$in: [\"sales\", \"marketing\"]}} ");

    assertThat(raw.toJson()).isEqualTo("{name: {$in: [\"sales\", \"marketing\"]}}");
    assertThat(raw.toString()).isEqualTo(raw.toJson());
    assertThat(raw.and(Filter.eq("a", 1)).toJson())
        .isEqualTo("{\"$and\":[{name: {$in: [\"sales\", \"marketing\"]}},{\"a\":1}]}");
  }

  @Test
  void filtersAreValues() {
    assertThat(Filter.eq("a", 1)).isEqualTo(Filter.eq("a", 1)).hasSameHashCodeAs(Filter.eq("a", 1));
    assertThat(Filter.eq("a", 1)).isNotEqualTo(Filter.eq("a", 2));
  }

  @Test
  void badInputIsRefused() {
    assertThatThrownBy(() -> Filter.eq(" ", 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Filter.eq(null, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Filter.eq("a", List.of(1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Filter.eq("a", new Object())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Filter.gt("a", Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Filter.lt("a", Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Filter.in("a", Arrays.asList())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Filter.in("a")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Filter.regex("a", "")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Filter.id(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Filter.raw("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(Filter::allOf).isInstanceOf(IllegalArgumentException.class);
  }
}
