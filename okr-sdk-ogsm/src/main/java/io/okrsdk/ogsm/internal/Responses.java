package io.okrsdk.ogsm.internal;

import io.okrsdk.core.OkrDecodingException;
import java.util.List;

/** Checks of decoded bodies that the JSON layer cannot make: a bare list with holes. */
public final class Responses {
  private Responses() {}

  /**
   * The items of a bare-array response, unmodifiable. (A {@code null} document is refused by core.) A
   * {@code null} item is not in the documented shape.
   */
  public static <T> List<T> items(List<T> body, String what) {
    if (body == null) {
      return List.of();
    }
    for (int i = 0; i < body.size(); i++) {
      if (body.get(i) == null) {
        String path = "$[" + i + "]";
        throw new OkrDecodingException(
            "Response body is not in the documented shape: the " + what + " list holds null at path " + path,
            path,
            null);
      }
    }
    return List.copyOf(body);
  }
}
