package io.okrsdk.core.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.util.List;
import java.util.Optional;

/** Reads one {@link OkrModel} type through its generated builder and writes it through its accessors. */
final class ImmutableModelAdapter<T> extends JsonAdapter<T> {
  private final Class<T> type;
  private final ModelProperty[] properties;
  private final JsonReader.Options names;
  private final MethodHandle newBuilder;
  private final MethodHandle build;

  ImmutableModelAdapter(
      Class<T> type,
      List<ModelProperty> properties,
      MethodHandle newBuilder,
      MethodHandle build) {
    this.type = type;
    this.properties = properties.toArray(new ModelProperty[0]);
    String[] jsonNames = new String[this.properties.length];
    for (int i = 0; i < jsonNames.length; i++) {
      jsonNames[i] = this.properties[i].jsonName;
    }
    this.names = JsonReader.Options.of(jsonNames);
    this.newBuilder = newBuilder;
    this.build = build;
  }

  @Override
  public T fromJson(JsonReader reader) throws IOException {
    Object builder = invokeBuilder();
    reader.beginObject();
    while (reader.hasNext()) {
      int index = reader.selectName(names);
      if (index < 0) {
        // Unknown fields are ignored: newer servers may add them.
        reader.skipName();
        reader.skipValue();
        continue;
      }
      ModelProperty property = properties[index];
      Object value = property.adapter.fromJson(reader);
      if (value != null) {
        set(property, builder, value, reader);
      }
    }
    reader.endObject();
    return finish(builder, reader);
  }

  private Object invokeBuilder() {
    try {
      return newBuilder.invokeExact();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  private void set(ModelProperty property, Object builder, Object value, JsonReader reader) {
    try {
      property.setter.invokeExact(builder, value);
    } catch (NullPointerException | IllegalArgumentException | IllegalStateException e) {
      // A null element in a list, or a value the model's own checks refuse.
      throw new JsonDataException(
          "Invalid value for " + type.getSimpleName() + "." + property.attribute + " at path " + reader.getPath()
              + ": " + e.getMessage(),
          e);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private T finish(Object builder, JsonReader reader) {
    try {
      return (T) (Object) build.invokeExact(builder);
    } catch (IllegalStateException | IllegalArgumentException | NullPointerException e) {
      // Missing required attributes or a failed @Value.Check.
      throw new JsonDataException(
          "Invalid " + type.getSimpleName() + " at path " + reader.getPath() + ": " + e.getMessage(), e);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void toJson(JsonWriter writer, T value) throws IOException {
    writer.beginObject();
    for (ModelProperty property : properties) {
      Object attribute = get(property, value);
      if (attribute == null || (attribute instanceof Optional && ((Optional<?>) attribute).isEmpty())) {
        // Absent is not null: an unset optional attribute is left out of the body.
        continue;
      }
      writer.name(property.jsonName);
      property.adapter.toJson(writer, attribute);
    }
    writer.endObject();
  }

  private static Object get(ModelProperty property, Object value) {
    try {
      return property.getter.invokeExact(value);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return "JsonAdapter(" + type.getSimpleName() + ")";
  }
}
