package io.okrsdk.testing.perform;

import com.squareup.moshi.JsonWriter;
import io.okrsdk.core.json.OpenEnum;
import io.okrsdk.perform.model.Checkin;
import io.okrsdk.perform.model.CheckinDetail;
import io.okrsdk.perform.model.CheckinResponse;
import io.okrsdk.perform.model.EmployeeResponse;
import io.okrsdk.perform.model.Goal;
import io.okrsdk.perform.model.GoalUnit;
import io.okrsdk.perform.model.PersonProperty;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * Writes the JSON the vendor's API sends: snake_case fields in the documented order, every field
 * present ({@code null} when unset), decimals as strings ({@code "20.0000"}), dates as {@code
 * yyyy-mm-dd} and times with their offset ({@code 2025-04-11T12:06:00.882601+01:00}).
 */
final class PerformWire {
  private PerformWire() {}

  /** One item of a listing. */
  interface Item<T> {
    void write(JsonWriter writer, T item) throws IOException;
  }

  static String goal(Goal goal) {
    return write(writer -> writeGoal(writer, goal));
  }

  static String checkin(CheckinDetail checkin) {
    return write(writer -> writeCheckin(writer, checkin, true));
  }

  static String goalPage(long count, HttpUrl next, HttpUrl previous, List<Goal> results) {
    return page(count, next, previous, results, PerformWire::writeGoal);
  }

  static String checkinPage(long count, HttpUrl next, HttpUrl previous, List<? extends Checkin> results) {
    return page(count, next, previous, results, (writer, checkin) -> writeCheckin(writer, checkin, false));
  }

  /** A {@code {"detail": "..."}} error body, as the API sends for 401, 404 and 405. */
  static String detail(String message) {
    return write(writer -> writer.beginObject().name("detail").value(message).endObject());
  }

  /** A validation error body: each parameter with its messages. */
  static String fieldErrors(Map<String, List<String>> errors) {
    return write(
        writer -> {
          writer.beginObject();
          for (Map.Entry<String, List<String>> error : errors.entrySet()) {
            writer.name(error.getKey()).beginArray();
            for (String message : error.getValue()) {
              writer.value(message);
            }
            writer.endArray();
          }
          writer.endObject();
        });
  }

  /** A listing's {@code {count, next, previous, results}} envelope. */
  static <T> String page(
      long count, @Nullable HttpUrl next, @Nullable HttpUrl previous, List<? extends T> results, Item<T> item) {
    return write(
        writer -> {
          writer.beginObject();
          writer.name("count").value(count);
          writer.name("next").value(next == null ? null : next.toString());
          writer.name("previous").value(previous == null ? null : previous.toString());
          writer.name("results").beginArray();
          for (T result : results) {
            item.write(writer, result);
          }
          writer.endArray();
          writer.endObject();
        });
  }

  private static void writeGoal(JsonWriter writer, Goal goal) throws IOException {
    writer.beginObject();
    writer.name("api_id").value(goal.apiId());
    writer.name("title").value(goal.title().orElse(null));
    writer.name("description").value(goal.description().orElse(null));
    writer.name("department").value(goal.department().orElse(null));
    writer.name("team_manager_name").value(goal.teamManagerName().orElse(null));
    writer.name("person_name").value(goal.personName().orElse(null));
    writer.name("person_group_name").value(goal.personGroupName().orElse(null));
    writer.name("responsible_person_name").value(goal.responsiblePersonName().orElse(null));
    writer.name("unit").value(goal.unit().map(GoalUnit::value).orElse(null));
    writer.name("baseline_value").value(decimal(goal.baselineValue()));
    writer.name("target_value").value(decimal(goal.targetValue()));
    writer.name("current_value").value(decimal(goal.currentValue()));
    writer.name("start_date").value(date(goal.startDate()));
    writer.name("target_date").value(date(goal.targetDate()));
    writer.name("is_complete").value(goal.isComplete().orElse(null));
    writer.name("rag_status").value(goal.ragStatus().map(OpenEnum::value).orElse(null));
    writer.name("auto_calculated").value(goal.autoCalculated().orElse(null));
    writer.name("is_okr").value(goal.isOkr().orElse(null));
    writer.name("goal_weight").value(goal.weight().orElse(null));
    writer.name("goal_visibility").value(goal.visibility().map(OpenEnum::value).orElse(null));
    writer.name("rag_target_based").value(goal.ragTargetBased().orElse(null));
    writer.endObject();
  }

  private static void writeCheckin(JsonWriter writer, Checkin checkin, boolean withResponses) throws IOException {
    writer.beginObject();
    writer.name("api_id").value(checkin.apiId());
    writer.name("deadline_date").value(time(checkin.deadlineDate()));
    writer.name("submission_date").value(time(checkin.submissionDate()));
    writer.name("overdue").value(checkin.overdue().orElse(null));
    writer.name("on_vacation").value(checkin.onVacation().orElse(null));
    writer.name("is_adhoc").value(checkin.isAdhoc().orElse(null));
    if (withResponses && checkin instanceof CheckinDetail) {
      writer.name("responses").beginArray();
      for (CheckinResponse response : ((CheckinDetail) checkin).responses()) {
        writeResponse(writer, response);
      }
      writer.endArray();
    }
    writer.endObject();
  }

  private static void writeResponse(JsonWriter writer, CheckinResponse response) throws IOException {
    writer.beginObject();
    writeEmployeeResponse(writer, response);
    writer.endObject();
  }

  /**
   * The fields every response of an employee has, to a check-in or a question, inside an object
   * the caller opens and closes.
   */
  static void writeEmployeeResponse(JsonWriter writer, EmployeeResponse response) throws IOException {
    writer.name("api_id").value(response.apiId());
    writer.name("response_date").value(time(response.responseDate()));
    writer.name("person_name").value(response.personName().orElse(null));
    writer.name("person_api_id").value(response.personApiId().orElse(null));
    writer.name("person_email").value(response.personEmail().orElse(null));
    writer.name("person_department").value(response.personDepartment().orElse(null));
    writer.name("person_properties").beginArray();
    for (PersonProperty property : response.personProperties()) {
      writer.beginObject();
      writer.name("name").value(property.name().orElse(null));
      writer.name("value").value(property.value().orElse(null));
      writer.endObject();
    }
    writer.endArray();
  }

  private static String decimal(Optional<BigDecimal> value) {
    return value.map(BigDecimal::toPlainString).orElse(null);
  }

  private static String date(Optional<LocalDate> value) {
    return value.map(LocalDate::toString).orElse(null);
  }

  /** A time as the Perform API writes it (ISO with offset), or JSON null. */
  static String time(Optional<OffsetDateTime> value) {
    return value.map(DateTimeFormatter.ISO_OFFSET_DATE_TIME::format).orElse(null);
  }

  /** What goes into one JSON document. */
  interface Body {
    void write(JsonWriter writer) throws IOException;
  }

  /** One JSON document, nulls written out as the vendor's examples show them. */
  static String write(Body body) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.setSerializeNulls(true);
      writer.setIndent("");
      body.write(writer);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write JSON", e);
    }
    return buffer.readUtf8();
  }
}
