package io.okrsdk.gtmhub.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.okrsdk.gtmhub.model.MetricValue;
import io.okrsdk.gtmhub.model.MetricValueHistory;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Set;

/**
 * Reads a {@link MetricValueHistory} sent as a bare JSON array as well as an object: the value
 * history's answer is not published, and public clients accept both. Objects go to the model's
 * own adapter.
 */
public final class BareArrayAdapterFactory implements JsonAdapter.Factory {
  @Override
  public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (type != MetricValueHistory.class || !annotations.isEmpty()) {
      return null;
    }
    JsonAdapter<MetricValueHistory> object = moshi.nextAdapter(this, type, annotations);
    JsonAdapter<List<MetricValue>> array = moshi.adapter(Types.newParameterizedType(List.class, MetricValue.class));
    return new JsonAdapter<MetricValueHistory>() {
      @Override
      public MetricValueHistory fromJson(JsonReader reader) throws IOException {
        if (reader.peek() == JsonReader.Token.BEGIN_ARRAY) {
          List<MetricValue> values = array.fromJson(reader);
          return MetricValueHistory.of(values == null ? List.of() : values);
        }
        return object.fromJson(reader);
      }

      @Override
      public void toJson(JsonWriter writer, MetricValueHistory value) throws IOException {
        object.toJson(writer, value);
      }

      @Override
      public String toString() {
        return "JsonAdapter(MetricValueHistory, object or array)";
      }
    };
  }
}
