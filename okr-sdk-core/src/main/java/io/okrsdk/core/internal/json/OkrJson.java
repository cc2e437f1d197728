package io.okrsdk.core.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import io.okrsdk.core.json.DecodingOptions;
import io.okrsdk.core.json.DecodingProblem;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import okio.BufferedSource;
import okio.ByteString;

/**
 * Builds the {@link Moshi} instance every okr-sdk client uses: Immutables models, open enums,
 * {@code Optional}, {@code BigDecimal}, {@code LocalDate}, {@code OffsetDateTime} and {@code
 * Instant}. Each client builds its own; nothing is shared between clients.
 */
public final class OkrJson {
  private static final ByteString UTF8_BOM = ByteString.decodeHex("efbbbf");

  private OkrJson() {}

  /**
   * A Moshi builder with the SDK's adapters.
   *
   * @return a new builder
   */
  public static Moshi.Builder builder() {
    return addSdkAdapters(new Moshi.Builder());
  }

  /**
   * Adds the SDK's adapters to a builder. Adapters the builder already has take precedence, so a
   * platform can register its own for a type first and these fill in the rest.
   *
   * @param moshi the builder
   * @return the same builder
   */
  public static Moshi.Builder addSdkAdapters(Moshi.Builder moshi) {
    return moshi
        .add(new OpenEnumAdapterFactory())
        .add(new OptionalAdapterFactory())
        .add(LocalDate.class, new TimeAdapters.LocalDateAdapter().nullSafe())
        .add(OffsetDateTime.class, new TimeAdapters.OffsetDateTimeAdapter().nullSafe())
        .add(Instant.class, new TimeAdapters.InstantAdapter().nullSafe())
        .add(BigDecimal.class, new BigDecimalAdapter().nullSafe())
        .add(new BoundedCollectionAdapterFactory())
        .add(new ImmutableModelAdapterFactory());
  }

  /**
   * Sets the options a reader made outside {@link #decode} decodes with (a reader without them
   * decodes with {@link DecodingOptions#defaults()}). Call before reading.
   *
   * @param reader the reader
   * @param options the options, such as strict mode for validating a request body
   * @return the same reader
   */
  public static JsonReader withOptions(JsonReader reader, DecodingOptions options) {
    reader.setTag(DecodeContext.class, new DecodeContext(options, new java.util.ArrayList<>()));
    return reader;
  }

  /**
   * Decodes one whole JSON document with the given options: the mode, the array and nesting caps.
   * Values that did not fit (tolerant mode) are added to {@code problems}; each model also keeps its
   * own in {@link HasUnrecognized#unrecognized()}.
   *
   * @param adapter the adapter of the document's type
   * @param source the document; a leading UTF-8 byte order mark is skipped
   * @param options the decoding options
   * @param problems receives every problem recorded, in document order
   * @param <T> the document's type
   * @return the value, or {@code null} for the document {@code null}
   * @throws IOException when the source fails
   * @throws com.squareup.moshi.JsonDataException when the document is not the type's shape, exceeds
   *     a cap, or has content after the value
   */
  public static <T> T decode(JsonAdapter<T> adapter, BufferedSource source, DecodingOptions options, List<DecodingProblem> problems)
      throws IOException {
    if (source.rangeEquals(0, UTF8_BOM)) {
      source.skip(UTF8_BOM.size());
    }
    JsonReader reader = JsonReader.of(source);
    reader.setTag(DecodeContext.class, new DecodeContext(options, problems));
    T value = adapter.fromJson(reader);
    if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
      throw new JsonDataException("JSON document was not fully consumed at path " + reader.getPath());
    }
    return value;
  }

  /**
   * A new Moshi with the SDK's adapters.
   *
   * @return the Moshi instance
   */
  public static Moshi newMoshi() {
    return builder().build();
  }
}
