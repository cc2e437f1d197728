package io.okrsdk.testing.perform;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.okrsdk.core.internal.json.OkrJson;
import io.okrsdk.perform.model.CheckinDetail;
import io.okrsdk.perform.model.Goal;
import io.okrsdk.perform.model.GoalUnit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okio.BufferedSource;
import okio.Okio;

/**
 * Loads the vendor documentation's JSON examples (resources next to this class) into a store. The
 * documentation shows only one check-in in detail: the second listed check-in's employee and
 * response, and the manager's email address, are not documented and were made up for the fake.
 */
final class DocsExamples {
  private static final String GOALS = "goals.json";
  private static final String CHECKINS = "checkins.json";

  private DocsExamples() {}

  static void addTo(PerformStore store) {
    Moshi moshi = OkrJson.builder().add(GoalUnit.class, new UnitAdapter().nullSafe()).build();
    store.addGoals(readGoals(moshi.adapter(Goal.class)));
    JsonAdapter<Map<String, String>> employees =
        moshi.adapter(Types.newParameterizedType(Map.class, String.class, String.class));
    JsonAdapter<CheckinDetail> checkins = moshi.adapter(CheckinDetail.class);
    read(
        CHECKINS,
        reader -> {
          reader.beginArray();
          while (reader.hasNext()) {
            Map<String, String> employee = null;
            CheckinDetail checkin = null;
            reader.beginObject();
            while (reader.hasNext()) {
              String name = reader.nextName();
              if (name.equals("employee")) {
                employee = employees.fromJson(reader);
              } else if (name.equals("checkin")) {
                checkin = checkins.fromJson(reader);
              } else {
                reader.skipValue();
              }
            }
            reader.endObject();
            store.addCheckin(require(checkin, "checkin"), employee(require(employee, "employee")));
          }
          reader.endArray();
          return null;
        });
  }

  private static List<Goal> readGoals(JsonAdapter<Goal> goals) {
    return read(
        GOALS,
        reader -> {
          List<Goal> results = new ArrayList<>();
          reader.beginObject();
          while (reader.hasNext()) {
            if (reader.nextName().equals("results")) {
              reader.beginArray();
              while (reader.hasNext()) {
                results.add(goals.fromJson(reader));
              }
              reader.endArray();
            } else {
              reader.skipValue();
            }
          }
          reader.endObject();
          return results;
        });
  }

  private static PerformEmployee employee(Map<String, String> json) {
    return PerformEmployee.of(
            json.get("name"), json.get("email"), json.get("department"), json.get("manager_name"),
            json.get("manager_email"))
        .withApiId(json.get("api_id"));
  }

  private static <T> T require(T value, String what) {
    if (value == null) {
      throw new IllegalStateException("a documented example lacks its " + what);
    }
    return value;
  }

  private static <R> R read(String resource, Parse<R> parse) {
    InputStream in = DocsExamples.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource + " next to " + DocsExamples.class.getName());
    }
    try (BufferedSource source = Okio.buffer(Okio.source(in));
        JsonReader reader = JsonReader.of(source)) {
      return parse.apply(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + resource, e);
    }
  }

  /** Reads one resource. */
  private interface Parse<R> {
    R apply(JsonReader reader) throws IOException;
  }

  /** A goal's {@code unit} string as the SDK models it. */
  private static final class UnitAdapter extends JsonAdapter<GoalUnit> {
    @Override
    public GoalUnit fromJson(JsonReader reader) throws IOException {
      return GoalUnit.of(reader.nextString());
    }

    @Override
    public void toJson(JsonWriter writer, GoalUnit value) throws IOException {
      writer.value(value.value());
    }
  }
}
