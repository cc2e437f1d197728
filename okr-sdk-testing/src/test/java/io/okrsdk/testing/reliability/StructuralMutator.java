package io.okrsdk.testing.reliability;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import okio.Buffer;

/**
 * Seeded structural mutations of a valid body, one field at a time: a type swap, an object turned
 * into an array and back, null, the field left out (identity fields included), a huge string; and
 * at the root, an envelope turned into a bare array and a bare array into an envelope. Each
 * variant changes exactly one place of an otherwise valid document, so a decoder that gives up on
 * the whole response for one field shows.
 */
final class StructuralMutator {
  /** What one mutation did: its kind, the JSON path it changed, the resulting body. */
  static final class Variant {
    final String kind;
    final String path;
    final String body;

    Variant(String kind, String path, String body) {
      this.kind = kind;
      this.path = path;
      this.body = body;
    }

    @Override
    public String toString() {
      return kind + " at " + path;
    }
  }

  private static final String[] KINDS = {"type swap", "object/array", "null", "left out", "huge string"};
  /** Far longer than any valid date, number or id, short enough to run hundreds of variants. */
  private static final String HUGE = "2020-01-01T" + "9".repeat(1 << 18);

  private final Random random;

  StructuralMutator(long seed) {
    this.random = new Random(seed);
  }

  /** Up to {@code count} variants of {@code json}: both root reshapes, then seeded field mutations. */
  List<Variant> variants(String json, int count) {
    Object tree = parse(json);
    List<Variant> variants = new ArrayList<>();
    Object reshaped = reshapeRoot(tree);
    if (reshaped != null) {
      variants.add(new Variant(tree instanceof List ? "bare array to envelope" : "envelope to bare array", "$", write(reshaped)));
    }
    List<List<Object>> paths = new ArrayList<>();
    collectPaths(tree, new ArrayList<>(), paths);
    if (paths.isEmpty()) {
      return variants;
    }
    // Every field once with a seeded kind, then seeded (field, kind) pairs up to the count.
    for (int i = 0; variants.size() < count && i < count * 2; i++) {
      List<Object> path = i < paths.size() ? paths.get(i) : paths.get(random.nextInt(paths.size()));
      String kind = KINDS[random.nextInt(KINDS.length)];
      Object copy = parse(write(tree));
      mutate(copy, path, kind);
      variants.add(new Variant(kind, jsonPath(path), write(copy)));
    }
    return variants;
  }

  @SuppressWarnings("unchecked")
  private static Object reshapeRoot(Object tree) {
    if (tree instanceof List) {
      Map<String, Object> envelope = new LinkedHashMap<>();
      envelope.put("items", tree);
      envelope.put("totalCount", BigDecimal.valueOf(((List<Object>) tree).size()));
      return envelope;
    }
    if (tree instanceof Map) {
      for (Object value : ((Map<String, Object>) tree).values()) {
        if (value instanceof List) {
          return value;
        }
      }
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private static void collectPaths(Object node, List<Object> prefix, List<List<Object>> paths) {
    if (node instanceof Map) {
      for (Map.Entry<String, Object> entry : ((Map<String, Object>) node).entrySet()) {
        List<Object> path = new ArrayList<>(prefix);
        path.add(entry.getKey());
        paths.add(path);
        collectPaths(entry.getValue(), path, paths);
      }
    } else if (node instanceof List) {
      List<Object> list = (List<Object>) node;
      for (int i = 0; i < list.size(); i++) {
        List<Object> path = new ArrayList<>(prefix);
        path.add(i);
        paths.add(path);
        collectPaths(list.get(i), path, paths);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private void mutate(Object root, List<Object> path, String kind) {
    Object parent = root;
    for (Object step : path.subList(0, path.size() - 1)) {
      parent = step instanceof Integer ? ((List<Object>) parent).get((Integer) step) : ((Map<String, Object>) parent).get(step);
    }
    Object last = path.get(path.size() - 1);
    Object value = last instanceof Integer ? ((List<Object>) parent).get((Integer) last) : ((Map<String, Object>) parent).get(last);
    if (kind.equals("left out")) {
      if (last instanceof Integer) {
        ((List<Object>) parent).remove((int) (Integer) last);
      } else {
        ((Map<String, Object>) parent).remove(last);
      }
      return;
    }
    Object replacement;
    switch (kind) {
      case "type swap":
        replacement = swapType(value);
        break;
      case "object/array":
        replacement = value instanceof List
            ? (((List<Object>) value).isEmpty() ? new LinkedHashMap<>() : ((List<Object>) value).get(0))
            : new ArrayList<>(List.of(value == null ? new LinkedHashMap<>() : value));
        break;
      case "null":
        replacement = null;
        break;
      default:
        replacement = HUGE;
    }
    if (last instanceof Integer) {
      ((List<Object>) parent).set((Integer) last, replacement);
    } else {
      ((Map<String, Object>) parent).put((String) last, replacement);
    }
  }

  private Object swapType(Object value) {
    if (value instanceof String) {
      return random.nextBoolean() ? new BigDecimal("12.5") : Boolean.TRUE;
    }
    if (value instanceof BigDecimal) {
      return random.nextBoolean() ? "text " + value : Boolean.FALSE;
    }
    if (value instanceof Boolean) {
      return value.toString();
    }
    if (value instanceof Map || value instanceof List) {
      return random.nextBoolean() ? "text" : new BigDecimal("7");
    }
    return new BigDecimal("1");
  }

  private static String jsonPath(List<Object> path) {
    StringBuilder text = new StringBuilder("$");
    for (Object step : path) {
      text.append(step instanceof Integer ? "[" + step + "]" : "." + step);
    }
    return text.toString();
  }

  static Object parse(String text) {
    try {
      return read(JsonReader.of(new Buffer().writeUtf8(text)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
      default:
        return reader.nextNull();
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
    } else {
      writer.nullValue();
    }
  }

}
