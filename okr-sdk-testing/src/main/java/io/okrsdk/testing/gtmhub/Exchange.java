package io.okrsdk.testing.gtmhub;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import java.io.IOException;
import java.util.Map;
import okhttp3.HttpUrl;
import okio.ByteString;

/** One routed request: its path parameters, query and JSON body. */
final class Exchange {
  private final HttpUrl url;
  private final Map<String, String> pathParams;
  private final ByteString body;
  private final JsonAdapter<Object> json;

  Exchange(HttpUrl url, Map<String, String> pathParams, ByteString body, JsonAdapter<Object> json) {
    this.url = url;
    this.pathParams = pathParams;
    this.body = body;
    this.json = json;
  }

  /** A path parameter, decoded. */
  String param(String name) {
    return pathParams.get(name);
  }

  /** A query parameter, decoded, or {@code null}. */
  String query(String name) {
    return url.queryParameter(name);
  }

  /** A whole-number query parameter within bounds, or the default. */
  long number(String name, long fallback, long min) {
    String text = query(name);
    if (text == null || text.isBlank()) {
      return fallback;
    }
    long value;
    try {
      value = Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw ApiError.badRequest(name + " must be a whole number, was '" + text + "'");
    }
    if (value < min) {
      throw ApiError.badRequest(name + " must be at least " + min + ", was " + value);
    }
    return value;
  }

  /** A boolean query parameter, or {@code false}. */
  boolean flag(String name) {
    String text = query(name);
    if (text == null || text.isBlank() || "false".equalsIgnoreCase(text)) {
      return false;
    }
    if ("true".equalsIgnoreCase(text)) {
      return true;
    }
    throw ApiError.badRequest(name + " must be true or false, was '" + text + "'");
  }

  /** The body as parsed JSON (maps, lists, strings, doubles, booleans), or {@code null} when empty. */
  Object body() {
    if (body == null || body.size() == 0) {
      return null;
    }
    return parse(body.utf8(), json, "request body");
  }

  /** Parses JSON text, or refuses the request with 400. */
  static Object parse(String text, JsonAdapter<Object> adapter, String what) {
    try {
      return adapter.fromJson(text);
    } catch (JsonDataException | JsonEncodingException e) {
      throw ApiError.badRequest(what + " is not valid JSON: " + e.getMessage());
    } catch (IOException e) {
      throw ApiError.badRequest(what + " could not be read: " + e.getMessage());
    }
  }
}
