package io.okrsdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Every check fails the one way the README promises: IllegalArgumentException naming the parameter. */
@Timeout(10)
class ChecksTest {
  @Test
  void nullIsAnIllegalArgumentNamingTheParameter() {
    assertThatThrownBy(() -> Checks.require(null, "query"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("query is required but was null");
    assertThatThrownBy(() -> Checks.requireText(" ", "entityId")).hasMessage("entityId is required but was blank");
    assertThat(Checks.optionalText(null, "department")).isNull();
    assertThatThrownBy(() -> Checks.optionalText("", "department")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void idListsNeedAtLeastOneIdAndNoHoles() {
    assertThatThrownBy(() -> Checks.idList(null, "goalIds")).hasMessage("goalIds is required but was null");
    assertThatThrownBy(() -> Checks.idList(List.of(), "goalIds")).hasMessage("goalIds needs at least one id");
    assertThatThrownBy(() -> Checks.idList(Arrays.asList("a", null), "goalIds"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("an id in goalIds is required but was null");
    assertThatThrownBy(() -> Checks.idList(List.of("a", "\t"), "goalIds")).hasMessage("an id in goalIds is required but was blank");
    assertThatThrownBy(() -> Checks.itemList(Arrays.asList("x", null), "goals"))
        .hasMessage("an item in goals is required but was null");
  }

  @Test
  void idListsAreCopiesInTheGivenOrder() {
    List<String> ids = new ArrayList<>(List.of("b", "a", "b"));
    List<String> checked = Checks.idList(ids, "ids");
    ids.clear();
    assertThat(checked).containsExactly("b", "a", "b");
    assertThatThrownBy(() -> checked.add("c")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void numbersAndWindows() {
    assertThatThrownBy(() -> Checks.positiveId(0, "kpiId")).hasMessage("kpiId must be a positive id, was 0");
    assertThatThrownBy(() -> Checks.pageSize(1001, 1000, "pageSize")).hasMessage("pageSize must be between 1 and 1000, was 1001");
    assertThat(Checks.pageSize(1000, 1000, "pageSize")).isEqualTo(1000);
    assertThatThrownBy(() -> Checks.pageWindow(0, "skip", 0, "limit")).hasMessage("limit must be at least 1, was 0");
    assertThatThrownBy(() -> Checks.pageWindow(-1, "skip", 1, "limit")).hasMessage("skip must be 0 or more, was -1");

    LocalDate day = LocalDate.of(2025, 1, 31);
    Checks.window(day, "from", day, "to");
    Checks.window(null, "from", day, "to");
    assertThatThrownBy(() -> Checks.window(day.plusDays(1), "from", day, "to"))
        .hasMessage("from 2025-02-01 is after to 2025-01-31");

    Instant t = Instant.ofEpochMilli(5);
    Checks.openInterval(t, "laterThan", t.plusMillis(1), "earlierThan");
    assertThatThrownBy(() -> Checks.openInterval(t, "laterThan", t, "earlierThan"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the interval is open");
  }
}
