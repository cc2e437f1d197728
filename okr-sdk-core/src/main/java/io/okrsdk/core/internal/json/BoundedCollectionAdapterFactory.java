package io.okrsdk.core.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code List}, {@code Set} and {@code Collection} of any element type, read with the bounds of
 * the call's {@link DecodingOptions}: at most {@code maxArrayItems} items and {@code
 * maxNestingDepth} levels, whatever the mode. In tolerant mode an element whose JSON type cannot be
 * the element type (a string in a list of objects) is left out; the enclosing model keeps it as a
 * mismatched value and the problem is recorded.
 */
final class BoundedCollectionAdapterFactory implements JsonAdapter.Factory {

  @Override
  public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty()) {
      return null;
    }
    Class<?> raw = Types.getRawType(type);
    if (raw != List.class && raw != Collection.class && raw != Set.class) {
      return null;
    }
    Type element = type instanceof ParameterizedType ? ((ParameterizedType) type).getActualTypeArguments()[0] : Object.class;
    JsonAdapter<Object> elementAdapter = moshi.adapter(element);
    return new Adapter(raw == Set.class, elementAdapter, JsonTokens.accepted(element, elementAdapter), JsonTokens.describe(element));
  }

  static final class Adapter extends JsonAdapter<Collection<Object>> {
    private final boolean set;
    private final JsonAdapter<Object> element;
    private final int acceptedTokens;
    private final String expected;

    Adapter(boolean set, JsonAdapter<Object> element, int acceptedTokens, String expected) {
      this.set = set;
      this.element = element;
      this.acceptedTokens = acceptedTokens;
      this.expected = expected;
    }

    @Override
    public Collection<Object> fromJson(JsonReader reader) throws IOException {
      if (reader.peek() == JsonReader.Token.NULL) {
        return reader.nextNull();
      }
      DecodeContext context = DecodeContext.of(reader);
      int max = context.options.maxArrayItems();
      context.enter(reader);
      Collection<Object> result = set ? new LinkedHashSet<>() : new ArrayList<>();
      int count = 0;
      reader.beginArray();
      while (reader.hasNext()) {
        if (++count > max) {
          throw new JsonDataException("More than " + max + " items in one array at path " + reader.getPath());
        }
        JsonReader.Token token = reader.peek();
        if (context.tolerant && acceptedTokens != 0 && (acceptedTokens & (1 << token.ordinal())) == 0) {
          // Checked before reading, so the reader is never left inside a half-read element.
          String path = reader.getPath();
          context.dropElement(path, expected, context.raw(reader, path));
          continue;
        }
        if (token == JsonReader.Token.NULL) {
          if (!context.tolerant) {
            throw new JsonDataException("Expected " + expected + " but was NULL at path " + reader.getPath());
          }
          // Immutables collections refuse null elements: in tolerant mode a null item is left out.
          String path = reader.getPath();
          reader.nextNull();
          context.dropElement(path, expected, "null");
          continue;
        }
        result.add(element.fromJson(reader));
      }
      reader.endArray();
      context.exit();
      return result;
    }

    @Override
    public void toJson(JsonWriter writer, Collection<Object> value) throws IOException {
      writer.beginArray();
      for (Object item : value) {
        element.toJson(writer, item);
      }
      writer.endArray();
    }

    @Override
    public String toString() {
      return element + (set ? ".set()" : ".collection()");
    }
  }
}
