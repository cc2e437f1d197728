package io.okrsdk.testing;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import okio.Buffer;

/**
 * JSON as plain maps, lists, strings, booleans, {@code null} and {@link BigDecimal} numbers, so an
 * answer can be changed and written back with every other number exactly as it was ({@code 123}
 * stays {@code 123}, not {@code 123.0}).
 */
final class AwkwardJson {
  private AwkwardJson() {}

  static Object parse(String text) {
    try {
      JsonReader reader = JsonReader.of(new Buffer().writeUtf8(text));
      Object value = read(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new IllegalArgumentException("more than one JSON value");
      }
      return value;
    } catch (IOException e) {
      throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
    }
  }

  static String write(Object value) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.setSerializeNulls(true);
      write(writer, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readUtf8();
  }

  /** Calls {@code action} for every object in the tree, outermost first. */
  @SuppressWarnings("unchecked")
  static void eachObject(Object tree, Consumer<Map<String, Object>> action) {
    if (tree instanceof Map) {
      Map<String, Object> object = (Map<String, Object>) tree;
      action.accept(object);
      for (Object child : new ArrayList<>(object.values())) {
        eachObject(child, action);
      }
    } else if (tree instanceof List) {
      for (Object child : (List<Object>) tree) {
        eachObject(child, action);
      }
    }
  }

  /** Adds {@link Awkward#EXTRA_FIELD} to every object. */
  static void addExtraFields(Object tree) {
    List<Map<String, Object>> objects = new ArrayList<>();
    eachObject(tree, objects::add);
    for (Map<String, Object> object : objects) {
      Map<String, Object> extra = new LinkedHashMap<>();
      extra.put("note", "a field the model does not know");
      extra.put("values", new ArrayList<>(List.of(BigDecimal.ONE, "two", Boolean.TRUE)));
      extra.put("missing", null);
      object.put(Awkward.EXTRA_FIELD, extra);
    }
  }

  /** Adds {@code 0.5} to every number under {@code key}. */
  static void addHalf(Object tree, String key) {
    eachObject(tree, object -> {
      if (object.get(key) instanceof BigDecimal) {
        object.put(key, ((BigDecimal) object.get(key)).add(new BigDecimal("0.5")));
      }
    });
  }

  /** Replaces every object under {@code key} with the value of its field {@code inner}. */
  static void flatten(Object tree, String key, String inner) {
    eachObject(tree, object -> {
      if (object.get(key) instanceof Map) {
        object.put(key, ((Map<?, ?>) object.get(key)).get(inner));
      }
    });
  }

  /** Replaces every boolean or number under {@code key} with its text ({@code false} → {@code "false"}). */
  static void stringify(Object tree, String key) {
    eachObject(tree, object -> {
      Object value = object.get(key);
      if (value instanceof Boolean || value instanceof BigDecimal) {
        object.put(key, value.toString());
      }
    });
  }

  /** Removes {@code key} from every object. */
  static void remove(Object tree, String key) {
    eachObject(tree, object -> object.remove(key));
  }

  /** An object with one field. */
  static Map<String, Object> wrap(String key, Object value) {
    Map<String, Object> wrapper = new LinkedHashMap<>();
    wrapper.put(key, value);
    return wrapper;
  }

  private static Object read(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT:
        Map<String, Object> object = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          object.put(reader.nextName(), read(reader));
        }
        reader.endObject();
        return object;
      case BEGIN_ARRAY:
        List<Object> array = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          array.add(read(reader));
        }
        reader.endArray();
        return array;
      case STRING:
        return reader.nextString();
      case NUMBER:
        return new BigDecimal(reader.nextString());
      case BOOLEAN:
        return reader.nextBoolean();
      case NULL:
        return reader.nextNull();
      default:
        throw new IOException("unexpected " + reader.peek() + " at " + reader.getPath());
    }
  }

  private static void write(JsonWriter writer, Object value) throws IOException {
    if (value instanceof Map) {
      writer.beginObject();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        writer.name((String) entry.getKey());
        write(writer, entry.getValue());
      }
      writer.endObject();
    } else if (value instanceof List) {
      writer.beginArray();
      for (Object item : (List<?>) value) {
        write(writer, item);
      }
      writer.endArray();
    } else if (value instanceof String) {
      writer.value((String) value);
    } else if (value instanceof BigDecimal) {
      writer.value((BigDecimal) value);
    } else if (value instanceof Boolean) {
      writer.value((Boolean) value);
    } else if (value == null) {
      writer.nullValue();
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass());
    }
  }
}
