package io.okrsdk.core.internal;

import com.squareup.moshi.Moshi;
import io.okrsdk.core.internal.http.AuthInterceptor;
import io.okrsdk.core.internal.http.CallGuardInterceptor;
import io.okrsdk.core.internal.http.ApiCalls;
import io.okrsdk.core.internal.http.ResponseDecoding;
import io.okrsdk.core.internal.http.ErrorBodyLimitInterceptor;
import io.okrsdk.core.internal.http.HeadersInterceptor;
import io.okrsdk.core.internal.http.RateLimitInterceptor;
import io.okrsdk.core.internal.http.RetryInterceptor;
import io.okrsdk.core.http.RetryPolicy;
import io.okrsdk.core.http.Sleeper;
import io.okrsdk.core.json.DecodingOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * How one client's HTTP stack is put together, kept so that a client derived with other options
 * gets the same stack on the same connection pool, dispatcher and rate limiter.
 *
 * <p>The shared part is one {@code OkHttpClient} holding the pool, the dispatcher and the network
 * interceptors (connection check, credentials, logging). Each set of options gets a client derived
 * from it with {@code newBuilder()} (which shares pool and dispatcher) and its own application
 * interceptors: the close guards, the headers, the retry policy, the one shared rate-limit
 * interceptor and the error-body limit.
 */
public final class HttpStack {
  /** The settings that may differ between a client and the clients derived from it. */
  public static final class Settings {
    final Duration connectTimeout;
    final Duration readTimeout;
    final Duration writeTimeout;
    final Duration callTimeout;
    final RetryPolicy retryPolicy;
    final Map<String, String> headers;
    final DecodingOptions decoding;

    /**
     * Creates the settings.
     *
     * @param connectTimeout the connect timeout
     * @param readTimeout the read timeout
     * @param writeTimeout the write timeout
     * @param callTimeout the whole-call deadline
     * @param retryPolicy the retry policy
     * @param headers headers sent unless a request sets them
     * @param decoding how bodies are decoded
     */
    public Settings(
        Duration connectTimeout,
        Duration readTimeout,
        Duration writeTimeout,
        Duration callTimeout,
        RetryPolicy retryPolicy,
        Map<String, String> headers,
        DecodingOptions decoding) {
      this.connectTimeout = connectTimeout;
      this.readTimeout = readTimeout;
      this.writeTimeout = writeTimeout;
      this.callTimeout = callTimeout;
      this.retryPolicy = retryPolicy;
      this.headers = Map.copyOf(headers);
      this.decoding = decoding;
    }

    /**
     * The connect timeout.
     *
     * @return the timeout
     */
    public Duration connectTimeout() {
      return connectTimeout;
    }

    /**
     * The read timeout.
     *
     * @return the timeout
     */
    public Duration readTimeout() {
      return readTimeout;
    }

    /**
     * The write timeout.
     *
     * @return the timeout
     */
    public Duration writeTimeout() {
      return writeTimeout;
    }

    /**
     * The whole-call deadline.
     *
     * @return the timeout
     */
    public Duration callTimeout() {
      return callTimeout;
    }

    /**
     * The retry policy.
     *
     * @return the policy
     */
    public RetryPolicy retryPolicy() {
      return retryPolicy;
    }

    /**
     * The headers sent unless a request sets them.
     *
     * @return the headers
     */
    public Map<String, String> headers() {
      return headers;
    }

    /**
     * How bodies are decoded.
     *
     * @return the decoding options
     */
    public DecodingOptions decoding() {
      return decoding;
    }
  }

  private final String clientName;
  private final HttpUrl baseUrl;
  private final OkHttpClient shared;
  private final String userAgent;
  private final Sleeper sleeper;
  private final Clock clock;
  private final @Nullable Interceptor renewal;
  private final @Nullable RateLimitInterceptor rateLimit;
  private final Moshi moshi;

  /**
   * Creates the recipe.
   *
   * @param clientName the client's name, for messages
   * @param baseUrl the base URL
   * @param shared the client holding the pool, the dispatcher and the network interceptors
   * @param userAgent the full {@code User-Agent}
   * @param sleeper how retries wait
   * @param clock the clock {@code Retry-After} dates are measured against
   * @param renewal the interceptor that obtains and renews credentials (a token flow), or {@code
   *     null} when the credentials are fixed
   * @param rateLimit the one rate-limit interceptor of the client and its derived clients, or
   *     {@code null} when rate limiting is off
   * @param moshi the client's Moshi
   */
  public HttpStack(
      String clientName,
      HttpUrl baseUrl,
      OkHttpClient shared,
      String userAgent,
      Sleeper sleeper,
      Clock clock,
      @Nullable Interceptor renewal,
      @Nullable RateLimitInterceptor rateLimit,
      Moshi moshi) {
    this.clientName = clientName;
    this.baseUrl = baseUrl;
    this.shared = shared;
    this.userAgent = userAgent;
    this.sleeper = sleeper;
    this.clock = clock;
    this.renewal = renewal;
    this.rateLimit = rateLimit;
    this.moshi = moshi;
  }

  /**
   * An HTTP client for a set of settings, on the shared pool and dispatcher.
   *
   * @param settings the settings
   * @param closedFlags the flags that close this client (its own, and those of the clients it was
   *     derived from); a call fails once any of them is set
   * @param credentials whether requests carry the client's credentials; without, the credential
   *     interceptors are left out (for a token exchange)
   * @return the client
   */
  public OkHttpClient httpClient(Settings settings, List<AtomicBoolean> closedFlags, boolean credentials) {
    OkHttpClient.Builder http =
        shared
            .newBuilder()
            .connectTimeout(settings.connectTimeout)
            .readTimeout(settings.readTimeout)
            .writeTimeout(settings.writeTimeout)
            .callTimeout(settings.callTimeout);
    if (!credentials) {
      http.networkInterceptors().removeIf(AuthInterceptor.class::isInstance);
    }
    for (AtomicBoolean closed : closedFlags) {
      http.addInterceptor(new CallGuardInterceptor(closed, clientName));
    }
    http.addInterceptor(new HeadersInterceptor(userAgent, settings.headers));
    if (renewal != null && credentials) {
      // Outside the retries: obtaining credentials and the one repeat after a 401 are not retries.
      http.addInterceptor(renewal);
    }
    http.addInterceptor(new RetryInterceptor(settings.retryPolicy, sleeper, clock));
    if (rateLimit != null) {
      // Inside the retry interceptor: every attempt, retries included, draws from the budget.
      http.addInterceptor(rateLimit);
    }
    return http.addInterceptor(new ErrorBodyLimitInterceptor()).build();
  }

  /**
   * The calls of the SDK's interfaces on an HTTP client, decoding with the settings' options.
   *
   * @param client the HTTP client
   * @param settings the settings
   * @return the calls
   */
  public ApiCalls apiCalls(OkHttpClient client, Settings settings) {
    return new ApiCalls(
        client, baseUrl, moshi, new ResponseDecoding(moshi, settings.decoding, new LazyLogger("io.okrsdk.json")));
  }
}
