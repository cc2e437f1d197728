package io.okrsdk.testing.ogsm;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import io.okrsdk.core.internal.json.OkrJson;
import io.okrsdk.core.json.DecodingMode;
import io.okrsdk.core.json.DecodingOptions;
import java.io.IOException;
import java.time.DateTimeException;
import java.util.Objects;
import okio.Buffer;

/**
 * Reads a create body in the API's wrapped form, such as {@code {"goal_report": {"goal": {"id":
 * 123}, "at": "2024-10-09", "current_value": 45.6}}}, with the SDK's own adapter for the wrapped
 * object. Other top-level members are ignored, as the real service ignores unknown parameters.
 *
 * @param <T> the wrapped object's type
 */
public final class WrappedBody<T> {
  private static final int BAD_REQUEST = 400;
  private static final int UNPROCESSABLE = 422;

  private final String wrapper;
  private final JsonAdapter<T> adapter;

  /**
   * A reader of bodies wrapped in {@code wrapper}.
   *
   * @param wrapper the top-level member, such as {@code goal_report}
   * @param adapter reads the wrapped object and runs its checks
   */
  public WrappedBody(String wrapper, JsonAdapter<T> adapter) {
    this.wrapper = Objects.requireNonNull(wrapper, "wrapper");
    this.adapter = Objects.requireNonNull(adapter, "adapter");
  }

  /**
   * Reads the wrapped object from a request body.
   *
   * @param body the request body as text
   * @return the wrapped object
   * @throws InvalidBodyException with 400 when the body is not JSON, not an object, or lacks the
   *     wrapper; with 422 when the wrapped object is incomplete or invalid
   */
  public T read(String body) {
    // Strict, like the vendor: a request value of the wrong type is refused, not read as absent.
    try (JsonReader reader =
        OkrJson.withOptions(
            JsonReader.of(new Buffer().writeUtf8(body)), DecodingOptions.defaults().withMode(DecodingMode.STRICT))) {
      if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
        throw missingWrapper();
      }
      T value = null;
      reader.beginObject();
      while (reader.hasNext()) {
        String name = reader.nextName();
        if (value == null && name.equals(wrapper)) {
          value = readWrapped(reader);
        } else {
          reader.skipValue();
        }
      }
      reader.endObject();
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new InvalidBodyException(BAD_REQUEST, "the body holds more than one JSON value");
      }
      if (value == null) {
        throw missingWrapper();
      }
      return value;
    } catch (IOException | JsonDataException e) {
      throw new InvalidBodyException(BAD_REQUEST, "the body is not valid JSON: " + e.getMessage());
    }
  }

  private T readWrapped(JsonReader reader) throws IOException {
    if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
      throw missingWrapper();
    }
    try {
      return adapter.fromJson(reader);
    } catch (JsonDataException | IllegalArgumentException | IllegalStateException | DateTimeException e) {
      throw new InvalidBodyException(UNPROCESSABLE, wrapper + " is invalid: " + e.getMessage());
    }
  }

  private InvalidBodyException missingWrapper() {
    return new InvalidBodyException(
        BAD_REQUEST, "param is missing or the value is empty: " + wrapper + " (send {\"" + wrapper + "\": {...}})");
  }
}
