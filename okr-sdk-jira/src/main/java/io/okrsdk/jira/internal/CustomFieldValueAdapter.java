package io.okrsdk.jira.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import io.okrsdk.jira.model.CustomFieldValue;
import java.io.IOException;

/** Reads any JSON value (JSON {@code null} included) as a {@link CustomFieldValue}, and writes it back. */
public final class CustomFieldValueAdapter extends JsonAdapter<CustomFieldValue> {

  @Override
  public CustomFieldValue fromJson(JsonReader reader) throws IOException {
    return CustomFieldValue.of(reader.readJsonValue());
  }

  @Override
  public void toJson(JsonWriter writer, CustomFieldValue value) throws IOException {
    writer.jsonValue(value == null ? null : value.value().orElse(null));
  }

  @Override
  public String toString() {
    return "JsonAdapter(CustomFieldValue)";
  }
}
