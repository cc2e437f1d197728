package io.okrsdk.core.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Types;
import io.okrsdk.core.json.OpenEnum;
import java.io.IOException;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import okio.BufferedSource;

/** Which JSON tokens can start a value of a type, and how to keep a value as raw JSON. */
final class JsonTokens {
  private static final int STRING = bit(JsonReader.Token.STRING);
  private static final int NUMBER = bit(JsonReader.Token.NUMBER);
  private static final int BOOLEAN = bit(JsonReader.Token.BOOLEAN);
  private static final int OBJECT = bit(JsonReader.Token.BEGIN_OBJECT);
  private static final int ARRAY = bit(JsonReader.Token.BEGIN_ARRAY);

  private JsonTokens() {}

  private static int bit(JsonReader.Token token) {
    return 1 << token.ordinal();
  }

  /**
   * The tokens the SDK's adapter for {@code type} reads, or 0 when not known (a platform's own
   * adapter, {@code Object}): then every token is tried and only a scalar's failure is tolerated.
   */
  static int accepted(Type type, JsonAdapter<?> adapter) {
    Class<?> raw = Types.getRawType(type);
    if (raw == String.class
        || raw == BigDecimal.class
        || raw == BigInteger.class
        || raw == Instant.class
        || raw == OpenEnum.class
        || isNumber(raw)) {
      return STRING | NUMBER;
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return BOOLEAN;
    }
    if (raw == LocalDate.class || raw == OffsetDateTime.class || raw.isEnum()) {
      return STRING;
    }
    if (adapter instanceof BoundedCollectionAdapterFactory.Adapter && Collection.class.isAssignableFrom(raw)) {
      return ARRAY;
    }
    if (Map.class.isAssignableFrom(raw)) {
      return OBJECT;
    }
    if (adapter instanceof ImmutableModelAdapter) {
      return OBJECT;
    }
    return 0;
  }

  private static boolean isNumber(Class<?> raw) {
    return raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class
        || raw == Double.class || raw == double.class || raw == Float.class || raw == float.class
        || raw == Short.class || raw == short.class || raw == Byte.class || raw == byte.class;
  }

  /** A short name of what a type expects, for problem records. */
  static String describe(Type type) {
    // Drops package names (each lower-case segment followed by a dot), like
    // replaceAll("[a-z][a-z0-9_]*\\.", "") without compiling a pattern: adapters are made when a
    // client starts, where a regex per attribute showed in the start-up time.
    String name = type.getTypeName();
    StringBuilder out = new StringBuilder(name.length());
    int i = 0;
    while (i < name.length()) {
      char c = name.charAt(i);
      if (c >= 'a' && c <= 'z') {
        int end = i + 1;
        while (end < name.length() && isSegmentPart(name.charAt(end))) {
          end++;
        }
        if (end < name.length() && name.charAt(end) == '.') {
          i = end + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  private static boolean isSegmentPart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  }

  /** Whether a token is a whole value on its own. */
  static boolean isScalar(JsonReader.Token token) {
    return token == JsonReader.Token.STRING || token == JsonReader.Token.NUMBER || token == JsonReader.Token.BOOLEAN;
  }

  /** Text as a JSON string literal. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /**
   * How deeply a JSON text nests objects and arrays (a scalar is 0). One linear pass that skips
   * string contents.
   */
  static int depthOf(String json) {
    int depth = 0;
    int max = 0;
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        max = Math.max(max, ++depth);
      } else if (c == '}' || c == ']') {
        depth--;
      }
    }
    return max;
  }

  /** Consumes the next value and returns it as JSON text; the reader's own limits apply. */
  static String raw(JsonReader reader) throws IOException {
    try (BufferedSource source = reader.nextSource()) {
      return source.readUtf8();
    }
  }
}
