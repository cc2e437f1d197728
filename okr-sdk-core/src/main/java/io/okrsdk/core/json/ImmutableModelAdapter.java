package io.okrsdk.core.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads one {@link OkrModel} type through its generated builder and writes it through its accessors. */
final class ImmutableModelAdapter<T> extends JsonAdapter<T> {
  private final Class<T> type;
  private final ModelProperty[] properties;
  private final JsonReader.Options names;
  /** For each entry of {@link #names}: the property it sets, and whether it is an alias. */
  private final int[] propertyOfName;
  private final boolean[] isAlias;
  private final boolean hasAliases;
  private final MethodHandle newBuilder;
  private final MethodHandle build;

  ImmutableModelAdapter(
      Class<T> type,
      List<ModelProperty> properties,
      MethodHandle newBuilder,
      MethodHandle build) {
    this.type = type;
    this.properties = properties.toArray(new ModelProperty[0]);
    List<String> jsonNames = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    List<Boolean> aliasFlags = new ArrayList<>();
    for (int i = 0; i < this.properties.length; i++) {
      jsonNames.add(this.properties[i].jsonName);
      owners.add(i);
      aliasFlags.add(false);
    }
    for (int i = 0; i < this.properties.length; i++) {
      for (String alias : this.properties[i].aliases) {
        jsonNames.add(alias);
        owners.add(i);
        aliasFlags.add(true);
      }
    }
    this.names = JsonReader.Options.of(jsonNames.toArray(new String[0]));
    this.propertyOfName = owners.stream().mapToInt(Integer::intValue).toArray();
    this.isAlias = new boolean[aliasFlags.size()];
    for (int i = 0; i < isAlias.length; i++) {
      isAlias[i] = aliasFlags.get(i);
    }
    this.hasAliases = jsonNames.size() > this.properties.length;
    for (int i = 64; i < this.properties.length; i++) {
      if (this.properties[i].aliases.length > 0) {
        throw new IllegalArgumentException(
            type.getName() + "." + this.properties[i].attribute + ": aliases are supported on the first 64 attributes only");
      }
    }
    this.newBuilder = newBuilder;
    this.build = build;
  }

  @Override
  public T fromJson(JsonReader reader) throws IOException {
    Object builder = invokeBuilder();
    // With aliases, a present value under the primary name wins over an alias, in either order.
    // Bit i of a mask is attribute i (aliased attributes are among the first 64: checked at setup).
    long primarySet = 0;
    reader.beginObject();
    while (reader.hasNext()) {
      int index = reader.selectName(names);
      if (index < 0) {
        // Unknown fields are ignored: newer servers may add them.
        reader.skipName();
        reader.skipValue();
        continue;
      }
      if (reader.peek() == JsonReader.Token.NULL) {
        // null reads as absent: optionals stay empty, defaults apply, required attributes are missing.
        reader.nextNull();
        continue;
      }
      int owner = propertyOfName[index];
      ModelProperty property = properties[owner];
      Object value = property.readAdapter.fromJson(reader);
      if (value == null) {
        continue;
      }
      if (hasAliases && owner < 64) {
        long bit = 1L << owner;
        if (isAlias[index]) {
          if ((primarySet & bit) != 0) {
            continue;
          }
        } else {
          primarySet |= bit;
        }
      }
      set(property, builder, value, reader);
    }
    // Built before leaving the object, so a failure names this object's path, not the next one's.
    T value = finish(builder, reader);
    reader.endObject();
    return value;
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
              + " (" + e.getMessage() + ")",
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
          "Invalid " + type.getSimpleName() + " at path " + objectPath(reader.getPath()) + " (" + e.getMessage() + ")", e);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  /** The path of the object being read, from the path of its last field ({@code $.a[1].b} → {@code $.a[1]}). */
  private static String objectPath(String fieldPath) {
    int dot = fieldPath.lastIndexOf('.');
    int bracket = fieldPath.lastIndexOf(']');
    return dot > bracket && dot > 0 ? fieldPath.substring(0, dot) : fieldPath;
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
      property.writeAdapter.toJson(writer, attribute);
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
