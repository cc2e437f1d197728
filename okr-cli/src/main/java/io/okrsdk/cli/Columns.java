package io.okrsdk.cli;

import io.okrsdk.portable.KeyResult;
import io.okrsdk.portable.Objective;
import io.okrsdk.portable.OkrItem;
import io.okrsdk.portable.Owner;
import io.okrsdk.portable.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The flat columns of an exported item, shared by the CSV and Markdown formats and named the same in JSON. */
final class Columns {
  static final List<String> NAMES = List.of(
      "type", "platform", "id", "key", "parent_id", "title", "status", "raw_status", "progress", "start_value",
      "current_value", "target_value", "unit", "owners", "period", "start_date", "due_date", "updated", "url");

  private Columns() {}

  /** An objective's or key result's values, in {@link #NAMES} order; absent values are empty text. */
  static List<String> of(OkrItem item) {
    boolean objective = item instanceof Objective;
    String parent = objective
        ? ((Objective) item).parentId().orElse("")
        : ((KeyResult) item).objectiveId();
    return List.of(
        objective ? "objective" : "key_result",
        item.source().platform().id(),
        item.id(),
        item.source().key().orElse(""),
        parent,
        item.title(),
        item.status().name(),
        item.rawStatus().orElse(""),
        item.progress().map(Columns::fraction).orElse(""),
        decimal(item.startValue()),
        decimal(item.currentValue()),
        decimal(item.targetValue()),
        item.unit().orElse(""),
        item.owners().stream().map(Owner::label).collect(Collectors.joining("; ")),
        item.period().map(Period::label).orElse(""),
        date(item.startDate()),
        date(item.dueDate()),
        date(item.updated()),
        item.source().webUrl().orElse(""));
  }

  /** A fraction with up to four decimals, so 1/3 reads 0.3333 and 0.5 reads 0.5. */
  static String fraction(double value) {
    return BigDecimal.valueOf(value).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  static String percent(double value) {
    return String.format(Locale.ROOT, "%d%%", Math.round(value * 100));
  }

  private static String decimal(Optional<BigDecimal> value) {
    return value.map(BigDecimal::toPlainString).orElse("");
  }

  private static String date(Optional<LocalDate> value) {
    return value.map(LocalDate::toString).orElse("");
  }
}
