package io.okrsdk.core.internal.http;

import java.io.IOException;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;

/**
 * Turns a successful response's body into the value a call returns; the body is closed when it
 * returns, unless the decoder hands the body itself over.
 *
 * @param <T> the body type
 */
@FunctionalInterface
public interface ResponseDecoder<T> {
  /**
   * Decodes the body.
   *
   * @param body the response body
   * @return the value ({@code null} only for {@code Void})
   * @throws IOException when the body cannot be read
   */
  @Nullable T decode(ResponseBody body) throws IOException;
}
