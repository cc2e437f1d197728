package io.okrsdk.core.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import io.okrsdk.core.json.DecodingProblem;
import io.okrsdk.core.json.RawJson;
import io.okrsdk.core.json.Unrecognized;
import java.io.IOException;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one {@link OkrModel} type through its generated builder and writes it through its accessors.
 *
 * <p>In {@link DecodingMode#TOLERANT} mode a value that does not fit an optional attribute is kept
 * as raw JSON in the model's {@link Unrecognized} and the attribute stays absent; a required
 * attribute (one the builder cannot build without) fails as in strict mode. Unknown fields are kept
 * in every mode. The slow path is taken only on a mismatch.
 */
final class ImmutableModelAdapter<T> extends JsonAdapter<T> {
  private final ModelShape<T> shape;
  private final Class<T> type;
  private final ModelProperty[] properties;
  private final JsonReader.Options names;
  /** For each entry of {@link #names}: the property it sets, and whether it is an alias. */
  private final int[] propertyOfName;
  private final boolean[] isAlias;
  private final boolean hasAliases;
  /** Whether the model keeps what it did not understand (else unknown fields are skipped). */
  private final boolean keepsUnrecognized;
  /** The attribute a bare JSON array fills, or -1. */
  private final int bareArrayProperty;
  private final boolean acceptsWrapped;

  /** The properties are the shape's attributes, in the same order. */
  ImmutableModelAdapter(ModelShape<T> shape, List<ModelProperty> properties) {
    String bare = shape.bareArrayAttribute();
    this.acceptsWrapped = shape.acceptsWrapped();
    this.shape = shape;
    this.type = shape.type();
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
    this.propertyOfName = new int[owners.size()];
    for (int i = 0; i < propertyOfName.length; i++) {
      propertyOfName[i] = owners.get(i);
    }
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
    this.keepsUnrecognized = shape.keepsUnrecognized();
    int bareIndex = -1;
    if (bare != null) {
      for (int i = 0; i < this.properties.length; i++) {
        if (this.properties[i].jsonName.equals(bare)) {
          bareIndex = i;
        }
      }
      if (bareIndex < 0) {
        throw new IllegalArgumentException(type.getName() + ": @AcceptsBareArray names no attribute: " + bare);
      }
    }
    this.bareArrayProperty = bareIndex;
  }

  @Override
  public T fromJson(JsonReader reader) throws IOException {
    JsonReader.Token first = reader.peek();
    if (first == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    DecodeContext context = DecodeContext.of(reader);
    if (first == JsonReader.Token.BEGIN_ARRAY && bareArrayProperty >= 0) {
      return fromBareArray(reader);
    }
    if (acceptsWrapped && context.atRoot() && isWrapped(reader)) {
      reader.beginObject();
      reader.skipName();
      T value = readObject(reader, context);
      reader.endObject();
      return value;
    }
    return readObject(reader, context);
  }

  /** The envelope with a bare array as its list attribute (see {@link AcceptsBareArray}). */
  private T fromBareArray(JsonReader reader) throws IOException {
    Object builder = invokeBuilder();
    ModelProperty items = properties[bareArrayProperty];
    set(bareArrayProperty, builder, items.readAdapter.fromJson(reader), reader);
    return finish(builder, reader);
  }

  /** A root object of one unknown field holding an object (see {@link AcceptsWrapped}); looks ahead only. */
  private boolean isWrapped(JsonReader reader) throws IOException {
    if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
      return false;
    }
    JsonReader ahead = reader.peekJson();
    ahead.beginObject();
    if (!ahead.hasNext() || ahead.selectName(names) >= 0) {
      return false;
    }
    ahead.skipName();
    if (ahead.peek() != JsonReader.Token.BEGIN_OBJECT) {
      return false;
    }
    ahead.skipValue();
    return !ahead.hasNext();
  }

  private T readObject(JsonReader reader, DecodeContext context) throws IOException {
    context.enter(reader);
    Object builder = invokeBuilder();
    // Made only when something is not understood, so a body that matches the model costs nothing.
    Found found = null;
    // With aliases, a present value under the primary name wins over an alias, in either order.
    // Bit i of a mask is attribute i (aliased attributes are among the first 64: checked at setup).
    long primarySet = 0;
    reader.beginObject();
    while (reader.hasNext()) {
      int index = reader.selectName(names);
      if (index < 0) {
        // Unknown fields are kept as raw JSON: newer servers may add them.
        if (!keepsUnrecognized) {
          reader.skipName();
          reader.skipValue();
        } else {
          String name = reader.nextName();
          found = Found.of(found).unknown(name, context.rawField(reader));
        }
        continue;
      }
      JsonReader.Token token = reader.peek();
      if (token == JsonReader.Token.NULL) {
        // null reads as absent: optionals stay empty, defaults apply, required attributes are missing.
        reader.nextNull();
        continue;
      }
      int owner = propertyOfName[index];
      ModelProperty property = properties[owner];
      Object value;
      if (context.tolerant && !property.required) {
        if (!property.accepts(token)) {
          // Another JSON type than modelled: checked before reading, so nothing is half-read.
          found = mismatch(found, context, property, reader.getPath(), context.rawField(reader));
          continue;
        }
        if (JsonTokens.isScalar(token)) {
          try {
            value = property.readAdapter.fromJson(reader);
          } catch (JsonDataException | IllegalArgumentException | ArithmeticException | DateTimeException e) {
            // The path is built only now: inside an object, reading (or failing to read) one scalar
            // leaves the reader's path at this field, so it is the same as before the read.
            String path = reader.getPath();
            found = mismatch(found, context, property, path, rawAfterFailure(reader, token, e));
            continue;
          }
        } else {
          value = property.readAdapter.fromJson(reader);
          List<DecodeContext.Dropped> dropped = context.takeDropped();
          if (dropped != null) {
            found = Found.of(found).dropped(dropped);
          }
        }
      } else {
        value = property.readAdapter.fromJson(reader);
      }
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
      if (context.tolerant && !property.required) {
        try {
          set(owner, builder, value, reader);
        } catch (JsonDataException refused) {
          // The model's own checks refused the value (a null list element, a failed precondition).
          found = mismatch(found, context, property, reader.getPath(), String.valueOf(value));
        }
      } else {
        set(owner, builder, value, reader);
      }
    }
    if (found != null && keepsUnrecognized) {
      shape.setUnrecognized(builder, found.build());
    }
    // Built before leaving the object, so a failure names this object's path, not the next one's.
    T value = finish(builder, reader);
    reader.endObject();
    context.exit();
    return value;
  }

  private static Found mismatch(Found found, DecodeContext context, ModelProperty property, String path, String raw) {
    DecodingProblem problem = new DecodingProblem(path, property.expected(), raw);
    context.problems.add(problem);
    return Found.of(found).mismatched(property.jsonName, raw, problem);
  }

  /**
   * The raw JSON of a scalar whose adapter failed. The SDK's own adapters report the text they
   * consumed; Moshi's number and boolean readers leave a refused value unread, so it is read here.
   */
  private static String rawAfterFailure(JsonReader reader, JsonReader.Token token, RuntimeException failure)
      throws IOException {
    String kept = ValueMismatchException.rawOf(failure);
    if (kept != null) {
      return kept;
    }
    JsonReader.Token now = reader.peek();
    if (now == JsonReader.Token.BOOLEAN) {
      return String.valueOf(reader.nextBoolean());
    }
    if (now == JsonReader.Token.STRING || now == JsonReader.Token.NUMBER) {
      // A refused number is left buffered as a string: give it back in its own JSON type.
      String text = reader.nextString();
      return token == JsonReader.Token.NUMBER ? text : JsonTokens.quote(text);
    }
    // Consumed by an adapter that did not keep it: its message is all that is left.
    return JsonTokens.quote(String.valueOf(failure.getMessage()));
  }

  /** What one object did not understand, collected while reading it. */
  private static final class Found {
    private final Map<String, RawJson> unknown = new LinkedHashMap<>();
    private final Map<String, RawJson> mismatched = new LinkedHashMap<>();
    private final List<DecodingProblem> problems = new ArrayList<>();

    static Found of(Found found) {
      return found == null ? new Found() : found;
    }

    Found unknown(String name, String raw) {
      unknown.put(name, RawJson.of(raw));
      return this;
    }

    Found mismatched(String name, String raw, DecodingProblem problem) {
      mismatched.put(name, RawJson.of(raw));
      problems.add(problem);
      return this;
    }

    Found dropped(List<DecodeContext.Dropped> dropped) {
      for (DecodeContext.Dropped element : dropped) {
        int dot = element.path.lastIndexOf('.');
        mismatched.put(element.path.substring(dot + 1), RawJson.of(element.raw));
        problems.add(element.problem);
      }
      return this;
    }

    Unrecognized build() {
      return Unrecognized.of(unknown, mismatched, problems);
    }
  }

  private Object invokeBuilder() {
    return shape.newBuilder();
  }

  private void set(int index, Object builder, Object value, JsonReader reader) {
    try {
      shape.set(builder, index, value);
    } catch (NullPointerException | IllegalArgumentException | IllegalStateException e) {
      ModelProperty property = properties[index];
      // A null element in a list, or a value the model's own checks refuse.
      throw new JsonDataException(
          "Invalid value for " + type.getSimpleName() + "." + property.attribute + " at path " + reader.getPath()
              + " (" + e.getMessage() + ")",
          e);
    }
  }

  private T finish(Object builder, JsonReader reader) {
    try {
      return shape.build(builder);
    } catch (IllegalStateException | IllegalArgumentException | NullPointerException e) {
      // Missing required attributes or a failed @Value.Check.
      throw new JsonDataException(
          "Invalid " + type.getSimpleName() + " at path " + objectPath(reader.getPath()) + " (" + e.getMessage() + ")", e);
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
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    for (int i = 0; i < properties.length; i++) {
      ModelProperty property = properties[i];
      Object attribute = shape.get(value, i);
      if (attribute == null || (attribute instanceof Optional && ((Optional<?>) attribute).isEmpty())) {
        // Absent is not null: an unset optional attribute is left out of the body.
        continue;
      }
      writer.name(property.jsonName);
      property.writeAdapter.toJson(writer, attribute);
    }
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(" + type.getSimpleName() + ")";
  }
}
