package io.okrsdk.core.json;

import com.squareup.moshi.JsonAdapter;
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

  ModelProperty(
      String jsonName,
      String[] aliases,
      String attribute,
      JsonAdapter<Object> readAdapter,
      JsonAdapter<Object> writeAdapter,
      MethodHandle getter,
      MethodHandle setter) {
    this.jsonName = jsonName;
    this.aliases = aliases.clone();
    this.attribute = attribute;
    this.readAdapter = readAdapter;
    this.writeAdapter = writeAdapter;
    this.getter = getter;
    this.setter = setter;
  }
}
