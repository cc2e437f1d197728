package io.okrsdk.core.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import java.lang.invoke.MethodHandle;

/** One attribute of a model: its JSON name and aliases, its adapter, and handles to read and set it. */
final class ModelProperty {
  final String jsonName;
  final String[] aliases;
  final String attribute;
  /** Reads the JSON value into what the setter takes (the content type, for an Optional attribute). */
  final JsonAdapter<Object> readAdapter;
  /** Writes the accessor's value. */
  final JsonAdapter<Object> writeAdapter;
  final MethodHandle getter;
  final MethodHandle setter;
  /** The model cannot be built without it: a mismatch fails the decode in every mode. */
  final boolean required;
  /** Bit {@code t.ordinal()} is set for each JSON token the adapter can start reading; 0 means unknown. */
  final int acceptedTokens;
  /** What the model expects, for problem records. */
  final String expected;

  ModelProperty(
      String jsonName,
      String[] aliases,
      String attribute,
      JsonAdapter<Object> readAdapter,
      JsonAdapter<Object> writeAdapter,
      MethodHandle getter,
      MethodHandle setter,
      boolean required,
      int acceptedTokens,
      String expected) {
    this.jsonName = jsonName;
    this.aliases = aliases.clone();
    this.attribute = attribute;
    this.readAdapter = readAdapter;
    this.writeAdapter = writeAdapter;
    this.getter = getter;
    this.setter = setter;
    this.required = required;
    this.acceptedTokens = acceptedTokens;
    this.expected = expected;
  }

  /** Whether a value starting with this token can be what the adapter reads. */
  boolean accepts(JsonReader.Token token) {
    return acceptedTokens == 0 || (acceptedTokens & (1 << token.ordinal())) != 0;
  }
}
