package io.okrsdk.gtmhub.query;

import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import okio.Buffer;

/** Writes JSON scalars with correct escaping, for the filter expressions. */
final class JsonText {
  private JsonText() {}

  /** A JSON string literal, quoted and escaped. */
  static String string(String text) {
    return write(text);
  }

  /**
   * A JSON scalar: {@code null}, a string, a boolean or a finite number.
   *
   * @throws IllegalArgumentException for any other value
   */
  static String scalar(Object value, String field) {
    if (value == null || value instanceof String || value instanceof Boolean) {
      return write(value);
    }
    if (value instanceof Double || value instanceof Float) {
      double number = ((Number) value).doubleValue();
      if (Double.isNaN(number) || Double.isInfinite(number)) {
        throw new IllegalArgumentException("filter value for '" + field + "' must be a finite number, was " + value);
      }
      return write(value);
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
        || value instanceof BigInteger || value instanceof BigDecimal) {
      return write(value);
    }
    throw new IllegalArgumentException(
        "filter value for '" + field + "' must be a String, Boolean, number or null, was " + value.getClass().getName());
  }

  private static String write(Object value) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      if (value == null) {
        writer.setSerializeNulls(true);
        writer.nullValue();
      } else if (value instanceof String) {
        writer.value((String) value);
      } else if (value instanceof Boolean) {
        writer.value((Boolean) value);
      } else {
        writer.value((Number) value);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readUtf8();
  }
}
