package io.okrsdk.core.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * {@code BigDecimal} from JSON numbers and from decimal strings such as {@code "20.0000"}, without
 * passing through {@code double}, so no digit is lost. Written as a JSON number.
 */
final class BigDecimalAdapter extends JsonAdapter<BigDecimal> {
  /** Longer literals are refused: they are no real measurement and cost time to parse. */
  private static final int MAX_LENGTH = 400;

  @Override
  public BigDecimal fromJson(JsonReader reader) throws IOException {
    JsonReader.Token token = reader.peek();
    if (token != JsonReader.Token.NUMBER && token != JsonReader.Token.STRING) {
      throw new JsonDataException("Expected a decimal number but was " + token + " at path " + reader.getPath());
    }
    String text = reader.nextString().trim();
    if (text.length() > MAX_LENGTH) {
      throw new JsonDataException("Decimal number too long (" + text.length() + " characters) at path " + reader.getPath());
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new JsonDataException(
          "Expected a decimal number but was \"" + TimeAdapters.excerpt(text) + "\" at path " + reader.getPath(), e);
    }
  }

  @Override
  public void toJson(JsonWriter writer, BigDecimal value) throws IOException {
    writer.value(value);
  }
}
