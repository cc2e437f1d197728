package io.okrsdk.gtmhub;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import io.okrsdk.core.json.TimeAdapters;
import io.okrsdk.gtmhub.model.GtmhubDateTime;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * {@link GtmhubDateTime} date-times: read like every date-time of the SDK, written as RFC 3339
 * with the seconds always present.
 */
final class GtmhubDateTimeAdapter extends JsonAdapter<OffsetDateTime> {
  @Override
  public OffsetDateTime fromJson(JsonReader reader) throws IOException {
    String text = reader.nextString();
    try {
      return TimeAdapters.parseOffsetDateTime(text);
    } catch (DateTimeParseException e) {
      throw new JsonDataException("Expected a date-time (RFC 3339) at path " + reader.getPath(), e);
    }
  }

  @Override
  public void toJson(JsonWriter writer, OffsetDateTime value) throws IOException {
    writer.value(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
  }
}
