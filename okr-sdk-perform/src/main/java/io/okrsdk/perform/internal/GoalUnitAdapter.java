package io.okrsdk.perform.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import io.okrsdk.perform.model.GoalUnit;
import java.io.IOException;

/** Reads a goal's {@code unit} string as a {@link GoalUnit} (never refusing an unknown one) and writes it back raw. */
public final class GoalUnitAdapter extends JsonAdapter<GoalUnit> {
  @Override
  public GoalUnit fromJson(JsonReader reader) throws IOException {
    JsonReader.Token token = reader.peek();
    if (token != JsonReader.Token.STRING) {
      throw new JsonDataException("Expected a unit string but was " + token + " at path " + reader.getPath());
    }
    return GoalUnit.of(reader.nextString());
  }

  @Override
  public void toJson(JsonWriter writer, GoalUnit value) throws IOException {
    writer.value(value.value());
  }

  @Override
  public String toString() {
    return "JsonAdapter(GoalUnit)";
  }
}
