package io.okrsdk.testing.jira;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.okrsdk.core.internal.json.OkrJson;
import io.okrsdk.core.internal.json.TimeAdapters;
import io.okrsdk.jira.internal.OkrForJiraJson;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * JSON the way OKR for Jira writes it: times as {@code 2020-12-16T15:15:41+0000} (no colon in the
 * offset, no fraction) and custom field values as plain JSON values.
 */
final class JiraJson {
  private static final DateTimeFormatter WIRE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx");

  private final Moshi moshi =
      OkrJson.addSdkAdapters(withJiraAdapters(new Moshi.Builder().add(OffsetDateTime.class, new TimeAdapter().nullSafe())))
          .build();

  /** The client's own adapters (custom field values as plain JSON values), so the fake writes what the client reads. */
  private static Moshi.Builder withJiraAdapters(Moshi.Builder moshi) {
    OkrForJiraJson.register(moshi);
    return moshi;
  }

  <T> String write(Class<T> type, Object value) {
    return moshi.adapter(type).toJson(type.cast(value));
  }

  /**
   * Reads a request body as a JSON object.
   *
   * @throws IOException when it is not JSON
   * @throws IllegalArgumentException when it is JSON but no object
   */
  Map<?, ?> readObject(String body) throws IOException {
    Object value = moshi.adapter(Object.class).fromJson(body);
    if (!(value instanceof Map)) {
      throw new IllegalArgumentException("the body must be a JSON object");
    }
    return (Map<?, ?>) value;
  }

  static String wireTime(OffsetDateTime time) {
    return WIRE_TIME.format(time);
  }

  private static final class TimeAdapter extends JsonAdapter<OffsetDateTime> {
    @Override
    public OffsetDateTime fromJson(JsonReader reader) throws IOException {
      return TimeAdapters.parseOffsetDateTime(reader.nextString());
    }

    @Override
    public void toJson(JsonWriter writer, OffsetDateTime value) throws IOException {
      writer.value(wireTime(value));
    }
  }
}
