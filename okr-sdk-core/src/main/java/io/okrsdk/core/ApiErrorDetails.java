package io.okrsdk.core;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an error response said, gathered once and handed to the {@link OkrApiException} subclass
 * that matches its status, which keeps it ({@link OkrApiException#details()}). Immutable.
 */
public final class ApiErrorDetails implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The HTTP status. */
  private final int statusCode;
  /** The HTTP method. */
  private final String method;
  /** The redacted URL. */
  private final String url;
  /** The capped error body. */
  private final String errorBody;
  /** The server's request id, or null. */
  private final @Nullable String requestId;
  /** The parsed Retry-After, or null. */
  private final @Nullable Duration retryAfter;
  /** Attempts made. */
  private final int attempts;

  /**
   * Creates the details of an error response.
   *
   * @param statusCode the HTTP status
   * @param method the request method
   * @param url the request URL, secrets already redacted
   * @param errorBody the start of the body (capped at {@link OkrApiException#MAX_BODY_EXCERPT})
   * @param requestId the server's request id, or {@code null}
   * @param retryAfter the parsed {@code Retry-After}, or {@code null}
   */
  public ApiErrorDetails(
      int statusCode,
      String method,
      String url,
      String errorBody,
      @Nullable String requestId,
      @Nullable Duration retryAfter) {
    this.statusCode = statusCode;
    this.method = Objects.requireNonNull(method, "method");
    this.url = Objects.requireNonNull(url, "url");
    String body = errorBody == null ? "" : errorBody;
    this.errorBody =
        body.length() > OkrApiException.MAX_BODY_EXCERPT
            ? body.substring(0, OkrApiException.MAX_BODY_EXCERPT)
            : body;
    this.requestId = requestId;
    this.retryAfter = retryAfter;
    this.attempts = 1;
  }

  private ApiErrorDetails(ApiErrorDetails details, int attempts) {
    this.statusCode = details.statusCode;
    this.method = details.method;
    this.url = details.url;
    this.errorBody = details.errorBody;
    this.requestId = details.requestId;
    this.retryAfter = details.retryAfter;
    this.attempts = Math.max(1, attempts);
  }

  /**
   * These details with the number of attempts the call made before this answer.
   *
   * @param attempts attempts made, the first one included
   * @return new details
   */
  public ApiErrorDetails withAttempts(int attempts) {
    return new ApiErrorDetails(this, attempts);
  }

  /**
   * How many attempts the call made; this answer came from the last one.
   *
   * @return at least 1
   */
  public int attempts() {
    return attempts;
  }

  /**
   * The HTTP status.
   *
   * @return the status code
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * The request method.
   *
   * @return the method
   */
  public String method() {
    return method;
  }

  /**
   * The redacted request URL.
   *
   * @return the URL
   */
  public String url() {
    return url;
  }

  /**
   * The capped error body.
   *
   * @return the excerpt, possibly empty
   */
  public String errorBody() {
    return errorBody;
  }

  /**
   * The server's request id.
   *
   * @return the id or {@code null}
   */
  public @Nullable String requestId() {
    return requestId;
  }

  /**
   * The parsed {@code Retry-After}.
   *
   * @return the wait or {@code null}
   */
  public @Nullable Duration retryAfter() {
    return retryAfter;
  }

  String describe() {
    StringBuilder text =
        new StringBuilder().append(method).append(' ').append(url).append(" returned HTTP ").append(statusCode);
    if (requestId != null) {
      text.append(" (request id ").append(requestId).append(')');
    }
    if (attempts > 1) {
      text.append(" after ").append(attempts).append(" attempts");
    }
    if (retryAfter != null) {
      text.append(", retry after ").append(retryAfter.toSeconds()).append('s');
    }
    if (!errorBody.isEmpty()) {
      String excerpt = errorBody.length() > 200 ? errorBody.substring(0, 200) + "…" : errorBody;
      text.append(": ").append(excerpt.replaceAll("\\s+", " "));
    }
    return text.toString();
  }
}
