package io.okrsdk.core.internal;

import io.okrsdk.core.internal.http.HeaderValues;
import java.nio.charset.StandardCharsets;

/**
 * Checks and encodes ids that go into URL paths, so that no id can change which resource a request
 * names. Use with Retrofit's {@code @Path(value = ..., encoded = true)}.
 */
public final class PathSegments {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PathSegments() {}

  /**
   * Refuses a null, blank, {@code .} or {@code ..} id and percent-encodes everything but RFC 3986
   * unreserved characters, so {@code 580:fef0} becomes {@code 580%3Afef0} and {@code a/b?c#d}
   * stays one segment.
   *
   * @param id the id
   * @param name what the id is, for the error message (for example {@code "goalId"})
   * @return the encoded segment
   * @throws IllegalArgumentException when the id cannot name a resource, or is not well-formed
   *     Unicode (a lone surrogate, which UTF-8 would send as {@code ?}, naming another resource)
   */
  public static String encode(String id, String name) {
    if (id == null) {
      throw new IllegalArgumentException(name + " is required but was null");
    }
    if (id.trim().isEmpty()) {
      throw new IllegalArgumentException(name + " is required but was blank");
    }
    if (id.equals(".") || id.equals("..")) {
      throw new IllegalArgumentException(name + " must not be '" + id + "'");
    }
    HeaderValues.requireWellFormedUnicode(id, name);
    StringBuilder out = new StringBuilder(id.length() + 8);
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return out.toString();
  }


}
