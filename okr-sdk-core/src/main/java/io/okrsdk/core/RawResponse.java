package io.okrsdk.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * A successful answer with what the typed methods leave out: the status, the headers and the
 * server's request id, next to the decoded body. Unsuccessful answers never become a {@code
 * RawResponse}: they are thrown as the same {@link OkrApiException} subclasses every call throws.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the body type
 */
public final class RawResponse<T> {
  private final int status;
  private final Headers headers;
  private final @Nullable T body;

  private RawResponse(int status, Headers headers, @Nullable T body) {
    this.status = status;
    this.headers = headers;
    this.body = body;
  }

  static <T> RawResponse<T> of(retrofit2.Response<T> response) {
    return new RawResponse<>(response.code(), response.headers(), response.body());
  }

  /**
   * The HTTP status, 200 to 299.
   *
   * @return the status code
   */
  public int status() {
    return status;
  }

  /**
   * Every response header, names lower-cased, values in the order received.
   *
   * @return the headers
   */
  public Map<String, List<String>> headers() {
    return headers.toMultimap();
  }

  /**
   * The last value of a header, looked up without regard to case.
   *
   * @param name the header name
   * @return the value, or empty when the header is absent
   */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name));
  }

  /**
   * The server's id for this request, from the first of {@code X-Request-Id}, {@code Request-Id},
   * {@code X-Amzn-RequestId}, {@code X-Correlation-Id}, {@code X-Trace-Id} and {@code CF-Ray}
   * present: the value to quote to the vendor's support.
   *
   * @return the request id, or empty when the server sent none
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(io.okrsdk.core.internal.http.ErrorMapper.requestId(headers));
  }

  /**
   * The decoded body.
   *
   * @return the body, or empty for an answer without one (such as 204 No Content)
   */
  public Optional<T> body() {
    return Optional.ofNullable(body);
  }

  /** The status and request id; neither headers nor body (they may hold personal data). */
  @Override
  public String toString() {
    return "RawResponse{status=" + status + requestId().map(id -> ", requestId=" + id).orElse("") + "}";
  }
}
