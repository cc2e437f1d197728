package io.okrsdk.core;

import io.okrsdk.core.http.RetryPolicy;
import io.okrsdk.core.internal.HttpStack;
import io.okrsdk.core.internal.http.HeaderValues;
import io.okrsdk.core.json.DecodingMode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What a client derived with {@link OkrClient#withOptions(java.util.function.Consumer)} does
 * differently from the client it came from: timeouts, retry budget or policy, extra headers,
 * decoding mode. Whatever is not set here stays as the client's builder set it.
 *
 * <pre>{@code
 * GtmhubClient patient = gtmhub.withOptions(o -> o
 *     .callTimeout(Duration.ofMinutes(10))
 *     .maxRetries(5)
 *     .header("X-Trace", traceId)
 *     .decodingMode(DecodingMode.STRICT));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class RequestOptions {
  private final @Nullable Duration connectTimeout;
  private final @Nullable Duration readTimeout;
  private final @Nullable Duration writeTimeout;
  private final @Nullable Duration callTimeout;
  private final @Nullable RetryPolicy retryPolicy;
  private final @Nullable Integer maxRetries;
  private final Map<String, String> headers;
  private final @Nullable DecodingMode decodingMode;

  private RequestOptions(Builder builder) {
    this.connectTimeout = builder.connectTimeout;
    this.readTimeout = builder.readTimeout;
    this.writeTimeout = builder.writeTimeout;
    this.callTimeout = builder.callTimeout;
    this.retryPolicy = builder.retryPolicy;
    this.maxRetries = builder.maxRetries;
    this.headers = Map.copyOf(builder.headers);
    this.decodingMode = builder.decodingMode;
  }

  /**
   * The settings of a derived client: these options applied on top of the settings of the client
   * it derives from (itself perhaps derived). Headers are merged, a header set here winning.
   */
  HttpStack.Settings applyTo(HttpStack.Settings current) {
    RetryPolicy policy = retryPolicy != null ? retryPolicy : current.retryPolicy();
    Map<String, String> mergedHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    mergedHeaders.putAll(current.headers());
    mergedHeaders.putAll(headers);
    return new HttpStack.Settings(
        connectTimeout != null ? connectTimeout : current.connectTimeout(),
        readTimeout != null ? readTimeout : current.readTimeout(),
        writeTimeout != null ? writeTimeout : current.writeTimeout(),
        callTimeout != null ? callTimeout : current.callTimeout(),
        maxRetries != null ? policy.withMaxRetries(maxRetries) : policy,
        mergedHeaders,
        decodingMode != null ? current.decoding().withMode(decodingMode) : current.decoding());
  }

  /** Names what is overridden, never a header's value (it may be a secret). */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("RequestOptions{");
    append(text, "connectTimeout", connectTimeout);
    append(text, "readTimeout", readTimeout);
    append(text, "writeTimeout", writeTimeout);
    append(text, "callTimeout", callTimeout);
    append(text, "retryPolicy", retryPolicy);
    append(text, "maxRetries", maxRetries);
    append(text, "headers", headers.isEmpty() ? null : headers.keySet());
    append(text, "decodingMode", decodingMode);
    if (text.charAt(text.length() - 1) == ' ') {
      text.setLength(text.length() - 2);
    }
    return text.append('}').toString();
  }

  private static void append(StringBuilder text, String name, @Nullable Object value) {
    if (value != null) {
      text.append(name).append('=').append(value).append(", ");
    }
  }

  /**
   * Collects the options of a derived client; every method refuses an invalid value at once with
   * {@link IllegalArgumentException}. Not thread-safe.
   */
  public static final class Builder {
    private @Nullable Duration connectTimeout;
    private @Nullable Duration readTimeout;
    private @Nullable Duration writeTimeout;
    private @Nullable Duration callTimeout;
    private @Nullable RetryPolicy retryPolicy;
    private @Nullable Integer maxRetries;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private @Nullable DecodingMode decodingMode;

    Builder() {}

    /**
     * The limit on a whole call, retries and waits included (see {@link
     * OkrClientBuilder#callTimeout(Duration)}).
     *
     * @param timeout the timeout; zero means none
     * @return this builder
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = requireTimeout(timeout, "callTimeout");
      return this;
    }

    /**
     * How long to wait for each read of a response.
     *
     * @param timeout the timeout; zero means none
     * @return this builder
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = requireTimeout(timeout, "readTimeout");
      return this;
    }

    /**
     * How long to wait for each write of a request.
     *
     * @param timeout the timeout; zero means none
     * @return this builder
     */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = requireTimeout(timeout, "writeTimeout");
      return this;
    }

    /**
     * How long to wait for a new connection (pooled connections are reused as they are).
     *
     * @param timeout the timeout; zero means none
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = requireTimeout(timeout, "connectTimeout");
      return this;
    }

    /**
     * How often an idempotent request is retried; writes that may have reached the server are
     * never re-sent, whatever the budget.
     *
     * @param maxRetries retries after the first attempt; 0 turns retrying off
     * @return this builder
     * @throws IllegalArgumentException when negative
     */
    public Builder maxRetries(int maxRetries) {
      RetryPolicy.DEFAULT.withMaxRetries(maxRetries); // the policy's own check and message
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * The whole retry policy; a {@link #maxRetries(int)} given as well applies on top of it.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy policy) {
      if (policy == null) {
        throw new IllegalArgumentException("retryPolicy is required but was null");
      }
      this.retryPolicy = policy;
      return this;
    }

    /**
     * A header sent with every request of the derived client, replacing a default header of the
     * same name. The credentials' headers cannot be replaced this way.
     *
     * @param name the header name (an RFC 9110 token)
     * @param value the value: visible ASCII, spaces and tabs
     * @return this builder
     * @throws IllegalArgumentException naming the header (never the value) when either cannot be sent
     */
    public Builder header(String name, String value) {
      HeaderValues.requireName(name, "header name");
      headers.put(name, HeaderValues.requireValue(value, "header " + name));
      return this;
    }

    /**
     * How response bodies are decoded (see {@link OkrClientBuilder#decodingMode(DecodingMode)}).
     *
     * @param mode the mode
     * @return this builder
     */
    public Builder decodingMode(DecodingMode mode) {
      if (mode == null) {
        throw new IllegalArgumentException("decodingMode is required but was null");
      }
      this.decodingMode = mode;
      return this;
    }

    RequestOptions build() {
      return new RequestOptions(this);
    }

    private static Duration requireTimeout(Duration timeout, String name) {
      if (timeout == null) {
        throw new IllegalArgumentException(name + " is required but was null");
      }
      if (timeout.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative, was " + timeout);
      }
      return timeout;
    }
  }
}
