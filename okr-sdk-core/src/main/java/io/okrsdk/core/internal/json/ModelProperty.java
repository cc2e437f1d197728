package io.okrsdk.core.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;

/** One attribute of a model as the adapter reads it: its names, its adapters and what it accepts. */
final class ModelProperty {
  final String jsonName;
  final String[] aliases;
  final String attribute;
  /** Reads the JSON value into what the setter takes (the content type, for an Optional attribute). */
  final JsonAdapter<Object> readAdapter;
  /** Writes the accessor's value. */
  final JsonAdapter<Object> writeAdapter;
  /** The model cannot be built without it: a mismatch fails the decode in every mode. */
  final boolean required;
  /** Bit {@code t.ordinal()} is set for each JSON token the adapter can start reading; 0 means unknown. */
  final int acceptedTokens;
  /** What the attribute's setter takes; described only for problem records (see {@link #expected()}). */
  private final java.lang.reflect.Type readType;

  ModelProperty(
      ModelShape.Attribute attribute,
      JsonAdapter<Object> readAdapter,
      JsonAdapter<Object> writeAdapter,
      int acceptedTokens) {
    this.jsonName = attribute.jsonName();
    this.aliases = attribute.aliases().toArray(new String[0]);
    this.attribute = attribute.name();
    this.readAdapter = readAdapter;
    this.writeAdapter = writeAdapter;
    this.required = attribute.required();
    this.acceptedTokens = acceptedTokens;
    this.readType = attribute.readType();
  }

  /** What the model expects, for a problem record: worked out only when a value does not fit. */
  String expected() {
    return JsonTokens.describe(readType);
  }

  /** Whether a value starting with this token can be what the adapter reads. */
  boolean accepts(JsonReader.Token token) {
    return acceptedTokens == 0 || (acceptedTokens & (1 << token.ordinal())) != 0;
  }
}
