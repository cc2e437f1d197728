package io.okrsdk.core.json;

import com.squareup.moshi.JsonAdapter;
import java.lang.invoke.MethodHandle;

/** One attribute of a model: its JSON name and aliases, its adapter, and handles to read and set it. */
final class ModelProperty {
  final String jsonName;
  final String[] aliases;
  final String attribute;
  final JsonAdapter<Object> adapter;
  final MethodHandle getter;
  final MethodHandle setter;

  ModelProperty(
      String jsonName,
      String[] aliases,
      String attribute,
      JsonAdapter<Object> adapter,
      MethodHandle getter,
      MethodHandle setter) {
    this.jsonName = jsonName;
    this.aliases = aliases.clone();
    this.attribute = attribute;
    this.adapter = adapter;
    this.getter = getter;
    this.setter = setter;
  }
}
