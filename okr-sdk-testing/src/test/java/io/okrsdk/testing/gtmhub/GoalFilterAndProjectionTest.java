package io.okrsdk.testing.gtmhub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The filter, sort and projection helpers on their own, on plain JSON documents. */
class GoalFilterAndProjectionTest {
  private static final JsonAdapter<Object> LENIENT = new Moshi.Builder().build().adapter(Object.class).lenient();

  @SuppressWarnings("unchecked")
  private static Map<String, Object> doc(String json) {
    return (Map<String, Object>) Exchange.parse(json, LENIENT, "doc");
  }

  private static Predicate<Map<String, Object>> filter(String json) {
    return GoalFilter.compile(Exchange.parse(json, LENIENT, "filter"));
  }

  private static final Map<String, Object> GOAL = doc("{id: 'g1', name: 'Grow sales', attainment: 0.4, ownerIds: ['u1', 'u2'],"
      + " parentId: '', metrics: [{name: 'A', attainment: 1}, {name: 'B', attainment: 0.2}], closedStatus: {status: 'open'}}");

  @Test
  void matchesOperators() {
    assertThat(filter("{_id: 'g1'}")).accepts(GOAL);
    assertThat(filter("{ownerIds: 'u2'}")).accepts(GOAL);
    assertThat(filter("{ownerIds: ['u1', 'u2']}")).accepts(GOAL);
    assertThat(filter("{attainment: {$gt: 0.3, $lt: 0.5}}")).accepts(GOAL);
    assertThat(filter("{attainment: {$gte: 0.5}}")).rejects(GOAL);
    assertThat(filter("{attainment: {$gt: 'a'}}")).as("no ordering across types").rejects(GOAL);
    assertThat(filter("{name: {$ne: 'Grow sales'}}")).rejects(GOAL);
    assertThat(filter("{name: {$nin: ['x', 'y']}}")).accepts(GOAL);
    assertThat(filter("{name: {$regex: 'grow', $options: 'i'}}")).accepts(GOAL);
    assertThat(filter("{name: {$not: {$regex: '^Grow'}}}")).rejects(GOAL);
    assertThat(filter("{'metrics.name': 'B'}")).accepts(GOAL);
    assertThat(filter("{'metrics.attainment': {$gte: 1}}")).accepts(GOAL);
    assertThat(filter("{'closedStatus.status': 'open'}")).accepts(GOAL);
    assertThat(filter("{description: null}")).as("missing equals null").accepts(GOAL);
    assertThat(filter("{description: {$exists: true}}")).rejects(GOAL);
    assertThat(filter("{$or: [{name: 'x'}, {attainment: 0.4}]}")).accepts(GOAL);
    assertThat(filter("{$nor: [{name: 'x'}, {attainment: 0.4}]}")).rejects(GOAL);
    assertThat(filter("{}")).accepts(GOAL);
  }

  @Test
  void refusesUnknownOperatorsAndShapes() {
    assertThatThrownBy(() -> filter("{name: {$where: 'x'}}")).isInstanceOf(ApiError.class);
    assertThatThrownBy(() -> filter("{$expr: {}}")).isInstanceOf(ApiError.class);
    assertThatThrownBy(() -> filter("{name: {$in: 'x'}}")).isInstanceOf(ApiError.class);
    assertThatThrownBy(() -> filter("{name: {$regex: '('}}")).isInstanceOf(ApiError.class);
    assertThatThrownBy(() -> filter("['x']")).isInstanceOf(ApiError.class);
  }

  @Test
  void sortsWithMissingValuesFirstAndDescendingKeys() {
    List<Map<String, Object>> goals = new ArrayList<>(List.of(
        doc("{id: 'a', name: 'b', attainment: 0.5}"), doc("{id: 'b', name: 'a'}"), doc("{id: 'c', name: 'a', attainment: 0.9}")));

    goals.sort(GoalSort.parse("name,-attainment"));
    assertThat(goals).extracting(g -> g.get("id")).containsExactly("c", "b", "a");
    goals.sort(GoalSort.parse(" attainment "));
    assertThat(goals).extracting(g -> g.get("id")).containsExactly("b", "a", "c");
    assertThat(GoalSort.parse("")).isNull();
  }

  @Test
  void projectsNestedFieldsAndKeepsIdentity() {
    Map<String, Object> goal = JsonTree.copy(GOAL);
    goal.put("accountId", "acc");

    Projection.parse("name, metrics{name}", null).apply(goal);

    assertThat(goal).containsOnlyKeys("id", "accountId", "name", "metrics");
    assertThat(goal.get("metrics")).isEqualTo(List.of(Map.of("name", "A"), Map.of("name", "B")));
  }

  @Test
  void defaultsLeaveOutSubFields() {
    Map<String, Object> goal = new LinkedHashMap<>(Map.of("id", "g", "links", new LinkedHashMap<>(Map.of("expanded", 1, "x", 2))));

    Projection.without("metrics", "links.expanded").apply(goal);

    assertThat(goal).isEqualTo(Map.of("id", "g", "links", Map.of("x", 2)));
    assertThatThrownBy(() -> Projection.parse("a{b", null)).isInstanceOf(ApiError.class);
    assertThatThrownBy(() -> Projection.parse("a}", null)).isInstanceOf(ApiError.class);
    assertThatThrownBy(() -> Projection.parse("a,,b", null)).isInstanceOf(ApiError.class);
  }

  @Test
  void turnsMentionsIntoPlainText() {
    Map<String, Object> goal = new LinkedHashMap<>(Map.of("description",
        "Ask @[Dana Whitfield:dana@example.com:u1] and @[Sales EMEA::t1]."));

    Mentions.toPlainText(goal);

    assertThat(goal.get("description")).isEqualTo("Ask @Dana Whitfield and @Sales EMEA.");
    assertThatThrownBy(() -> Mentions.plainText("html")).isInstanceOf(ApiError.class);
  }
}
