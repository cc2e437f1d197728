package io.okrsdk.core.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * {@code BigDecimal} from JSON numbers and from decimal strings such as {@code "20.0000"}, without
 * passing through {@code double}, so no digit is lost. Written as a JSON number.
 *
 * <p>One rule both ways: a literal longer than {@value #MAX_LENGTH} characters, or a value with
 * more than {@value #MAX_DIGITS} digits or a scale beyond ±{@value #MAX_SCALE} ({@code 1e-1000000})
 * is no real measurement and would cost the receiver time and memory: it is refused when read and,
 * with {@code IllegalArgumentException}, before it is sent.
 */
final class BigDecimalAdapter extends JsonAdapter<BigDecimal> {
  /** Longer literals are refused before parsing. */
  static final int MAX_LENGTH = 400;
  /** The most significant digits a value may have. */
  static final int MAX_DIGITS = 400;
  /** The largest scale, either sign, a value may have. */
  static final int MAX_SCALE = 400;

  @Override
  public BigDecimal fromJson(JsonReader reader) throws IOException {
    JsonReader.Token token = reader.peek();
    if (token != JsonReader.Token.NUMBER && token != JsonReader.Token.STRING) {
      throw new JsonDataException("Expected a decimal number but was " + token + " at path " + reader.getPath());
    }
    String literal = reader.nextString();
    String text = literal.trim();
    if (text.length() > MAX_LENGTH) {
      throw ValueMismatchException.of(
          "Decimal number too long (" + text.length() + " characters) at path " + reader.getPath(),
          raw(token, literal),
          null);
    }
    BigDecimal value;
    try {
      value = new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw ValueMismatchException.of(
          "Expected a decimal number but was \"" + TimeAdapters.excerpt(text) + "\" at path " + reader.getPath(),
          raw(token, literal),
          e);
    }
    String refusal = refusal(value);
    if (refusal != null) {
      throw ValueMismatchException.of(refusal + " at path " + reader.getPath(), raw(token, literal), null);
    }
    return value;
  }

  /** The value as it was on the wire; made only for a refused value, never for one that parses. */
  private static String raw(JsonReader.Token token, String literal) {
    return token == JsonReader.Token.STRING ? JsonTokens.quote(literal) : literal;
  }

  @Override
  public void toJson(JsonWriter writer, BigDecimal value) throws IOException {
    String refusal = refusal(value);
    if (refusal != null) {
      throw new IllegalArgumentException(refusal + ": the SDK would refuse to read it, so it is not sent");
    }
    writer.value(value);
  }

  /** Why a value is out of bounds, or {@code null} when it is within them. */
  static String refusal(BigDecimal value) {
    if (Math.abs((long) value.scale()) > MAX_SCALE) {
      return "Decimal number with scale " + value.scale() + " (more than ±" + MAX_SCALE + ")";
    }
    if (value.precision() > MAX_DIGITS) {
      return "Decimal number with " + value.precision() + " digits (more than " + MAX_DIGITS + ")";
    }
    return null;
  }
}
