package io.okrsdk.core;

import com.squareup.moshi.Moshi;
import io.okrsdk.core.auth.AuthScheme;
import io.okrsdk.core.internal.auth.RenewableAuth;
import io.okrsdk.core.http.HttpLogLevel;
import io.okrsdk.core.http.RateLimitMode;
import io.okrsdk.core.http.RetryPolicy;
import io.okrsdk.core.http.Sleeper;
import io.okrsdk.core.internal.Checks;
import io.okrsdk.core.internal.ClassPreloader;
import io.okrsdk.core.internal.ClientRuntime;
import io.okrsdk.core.internal.HttpStack;
import io.okrsdk.core.internal.LazyLogger;
import io.okrsdk.core.internal.http.AuthInterceptor;
import io.okrsdk.core.internal.http.RenewingAuthInterceptor;
import io.okrsdk.core.internal.http.CallExecutor;
import io.okrsdk.core.internal.http.ConnectionCheckInterceptor;
import io.okrsdk.core.internal.http.HeaderValues;
import io.okrsdk.core.internal.http.LoggingInterceptor;
import io.okrsdk.core.internal.http.RateLimitInterceptor;
import io.okrsdk.core.internal.http.Redactor;
import io.okrsdk.core.internal.http.SkippedTimeSleeper;
import io.okrsdk.core.internal.json.OkrJson;
import io.okrsdk.core.json.DecodingMode;
import io.okrsdk.core.json.DecodingOptions;
import io.okrsdk.core.paging.PagingMode;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The options every okr-sdk client shares, and the one place a client's HTTP stack is put
 * together. Platform builders ({@code PerformClient.builder()}, ...) extend it with their
 * credentials and base URL presets.
 *
 * <p>Defaults: connect timeout 10 s, read and write timeouts 30 s, a whole-call deadline of 2
 * minutes ({@link #DEFAULT_CALL_TIMEOUT}), 2
 * retries of idempotent requests, adaptive rate limiting ({@link RateLimitMode#adaptive()}), no HTTP logging, async results delivered on OkHttp's dispatcher
 * threads, tolerant decoding with at most 100,000 items per array and 64 levels of nesting. Builders are not thread-safe; the clients they build are immutable and thread-safe.
 *
 * @param <B> the concrete builder type
 */
public abstract class OkrClientBuilder<B extends OkrClientBuilder<B>> {
  /**
   * The default limit on a whole call, retries and waits included: 2 minutes. The read timeout
   * applies to each read, so without it a server trickling a byte every few seconds could keep a
   * call alive for hours.
   */
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofMinutes(2);

  private HttpUrl baseUrl;
  private Duration connectTimeout = Duration.ofSeconds(10);
  private Duration readTimeout = Duration.ofSeconds(30);
  private Duration writeTimeout = Duration.ofSeconds(30);
  private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
  private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
  private String userAgentSuffix;
  private final Map<String, String> defaultHeaders = new LinkedHashMap<>();
  private OkHttpClient httpClient;
  private HttpLogLevel logLevel = HttpLogLevel.NONE;
  private Executor asyncExecutor;
  private PagingMode paging = PagingMode.sequential();
  private long maxPages;
  private Sleeper sleeper = Sleeper.SYSTEM;
  private Clock clock = Clock.systemUTC();
  private DecodingOptions decoding = DecodingOptions.defaults();
  private RateLimitMode rateLimit = RateLimitMode.adaptive();

  /**
   * For subclasses: starts reading ahead, on a background thread, the classes the platform's first
   * call will load (see {@code ClassPreloader} in core's internals and okr-sdk-core/README.md), so
   * that a new process's first call does not wait for them.
   *
   * @param firstCallClasses the names of the platform's classes its first call loads, in that
   *     order; the same list instance for every builder of the platform
   */
  protected OkrClientBuilder(List<String> firstCallClasses) {
    ClassPreloader.start(getClass().getClassLoader(), firstCallClasses);
  }

  /**
   * This builder, typed as the concrete builder.
   *
   * @return {@code this}
   */
  @SuppressWarnings("unchecked")
  protected final B self() {
    return (B) this;
  }

  /**
   * The API's base URL. A trailing slash is added when missing; a path prefix (such as {@code
   * https://app.quantive.com/results/}) is kept, and the API's paths are resolved under it.
   *
   * @param baseUrl an absolute http or https URL
   * @return this builder
   * @throws IllegalArgumentException when the URL is not absolute http(s) or has a query
   */
  public B baseUrl(String baseUrl) {
    if (baseUrl == null || baseUrl.isBlank()) {
      throw new IllegalArgumentException("baseUrl is required but was " + (baseUrl == null ? "null" : "blank"));
    }
    HttpUrl parsed = HttpUrl.parse(baseUrl.trim());
    if (parsed == null) {
      throw new IllegalArgumentException("baseUrl must be an absolute http or https URL, was: " + baseUrl.replaceAll("//[^/@]*@", "//"));
    }
    if (parsed.querySize() > 0 || parsed.fragment() != null) {
      throw new IllegalArgumentException("baseUrl must not have a query or fragment: " + Redactor.url(parsed));
    }
    if (!parsed.username().isEmpty() || !parsed.password().isEmpty()) {
      throw new IllegalArgumentException("baseUrl must not carry credentials; use the builder's credential methods");
    }
    String path = parsed.encodedPath();
    this.baseUrl = path.endsWith("/") ? parsed : parsed.newBuilder().encodedPath(path + "/").build();
    return self();
  }

  /**
   * How long to wait for a connection.
   *
   * @param timeout the timeout; zero means none
   * @return this builder
   */
  public B connectTimeout(Duration timeout) {
    this.connectTimeout = requireTimeout(timeout, "connectTimeout");
    return self();
  }

  /**
   * How long to wait for each read of a response.
   *
   * @param timeout the timeout; zero means none
   * @return this builder
   */
  public B readTimeout(Duration timeout) {
    this.readTimeout = requireTimeout(timeout, "readTimeout");
    return self();
  }

  /**
   * How long to wait for each write of a request.
   *
   * @param timeout the timeout; zero means none
   * @return this builder
   */
  public B writeTimeout(Duration timeout) {
    this.writeTimeout = requireTimeout(timeout, "writeTimeout");
    return self();
  }

  /**
   * A limit on a whole call: every attempt, reading the answer, and every wait between attempts. A
   * retry wait that would end past it is not started; the call fails at once with the last error
   * (the last {@code OkrApiException}, or an {@code OkrNetworkException}), which tells the attempts
   * made. When it expires during an attempt, the call fails with an {@code OkrNetworkException}.
   *
   * @param timeout the timeout (default {@link #DEFAULT_CALL_TIMEOUT}); zero means none
   * @return this builder
   */
  public B callTimeout(Duration timeout) {
    this.callTimeout = requireTimeout(timeout, "callTimeout");
    return self();
  }

  /**
   * How often an idempotent request (GET, PUT, DELETE) is retried after a connection failure or a
   * 408, 429, 502, 503 or 504. Writes that may have reached the server (POST, PATCH) are never
   * retried.
   *
   * @param maxRetries retries after the first attempt; 0 turns retrying off (default 2)
   * @return this builder
   */
  public B maxRetries(int maxRetries) {
    this.retryPolicy = retryPolicy.withMaxRetries(maxRetries);
    return self();
  }

  /**
   * The whole retry policy: budget, backoff bounds and the longest {@code Retry-After} honoured.
   *
   * @param policy the policy
   * @return this builder
   */
  public B retryPolicy(RetryPolicy policy) {
    this.retryPolicy = requireArgument(policy, "retryPolicy");
    return self();
  }

  /**
   * Text appended to the SDK's {@code User-Agent}, such as {@code my-app/1.2}.
   *
   * @param suffix the suffix: visible ASCII, spaces and tabs
   * @return this builder
   * @throws IllegalArgumentException when it is blank or holds a character headers cannot carry
   */
  public B userAgentSuffix(String suffix) {
    this.userAgentSuffix = HeaderValues.requireValue(Checks.requireText(suffix, "userAgentSuffix"), "userAgentSuffix");
    return self();
  }

  /**
   * A header sent with every request (unless the request sets it itself).
   *
   * @param name the header name (an RFC 9110 token)
   * @param value the value: visible ASCII, spaces and tabs, no leading or trailing whitespace
   * @return this builder
   * @throws IllegalArgumentException naming the header (never the value) when either cannot be sent
   */
  public B defaultHeader(String name, String value) {
    HeaderValues.requireName(name, "defaultHeader name");
    defaultHeaders.put(name, HeaderValues.requireValue(value, "defaultHeader " + name));
    return self();
  }

  /**
   * An OkHttp client of the caller's to build on (for proxies, TLS, a shared connection pool). The
   * SDK derives its own with {@code newBuilder()}, so the caller's client is not changed, and never
   * closes the caller's pool or dispatcher.
   *
   * <p>OkHttp's own documentation of the type: <a
   * href="https://square.github.io/okhttp/5.x/okhttp/okhttp3/-ok-http-client/index.html">{@code
   * OkHttpClient}</a> (OkHttp 5; its pages are not laid out for javadoc links, hence this plain
   * link).
   *
   * @param client the client
   * @return this builder
   */
  public B httpClient(OkHttpClient client) {
    this.httpClient = requireArgument(client, "httpClient");
    return self();
  }

  /**
   * HTTP logging through {@code System.Logger} "io.okrsdk.http", credentials always redacted.
   *
   * @param level how much to log (default {@link HttpLogLevel#NONE})
   * @return this builder
   */
  public B logLevel(HttpLogLevel level) {
    this.logLevel = requireArgument(level, "logLevel");
    return self();
  }

  /**
   * Where the futures of async calls are completed. By default they complete on OkHttp's
   * dispatcher threads, where callers should not block.
   *
   * @param executor the executor
   * @return this builder
   */
  public B asyncExecutor(Executor executor) {
    this.asyncExecutor = requireArgument(executor, "asyncExecutor");
    return self();
  }

  /**
   * How this client's listings fetch their pages unless a call says otherwise. The default is
   * {@link PagingMode#sequential()}; {@link PagingMode#prefetch(Executor)} and {@link
   * PagingMode#parallel(int, Executor)} overlap requests with the caller's work (see the benchmarks).
   *
   * @param mode the paging mode
   * @return this builder
   */
  public B paging(PagingMode mode) {
    this.paging = requireArgument(mode, "paging");
    return self();
  }

  /**
   * The page cap of this client's listings: an iteration that would fetch more pages throws {@link
   * PageLimitExceededException}, so a server whose cursor or {@code next} link changes without end
   * cannot make iteration run forever. By default each listing derives its cap from the first
   * page's total count (twice the pages it implies, plus 10), or uses 100,000 pages when the API
   * reports no total. {@code PagedIterable.maxPages(long)} overrides it per call.
   *
   * @param maxPages the most pages one iteration of a listing fetches, at least 1
   * @return this builder
   * @throws IllegalArgumentException when {@code maxPages} is less than 1
   */
  public B maxPages(long maxPages) {
    if (maxPages < 1) {
      throw new IllegalArgumentException("maxPages must be at least 1, was " + maxPages);
    }
    this.maxPages = maxPages;
    return self();
  }

  /**
   * How response bodies that differ from the models are decoded. {@link DecodingMode#TOLERANT}
   * (the default) reads a value that does not fit its field as absent and keeps it as raw JSON in
   * the model's {@code unrecognized()}; {@link DecodingMode#STRICT} fails the call with {@code
   * OkrDecodingException}. Fields a model cannot exist without fail in both modes.
   *
   * @param mode the mode
   * @return this builder
   */
  public B decodingMode(DecodingMode mode) {
    this.decoding = decoding.withMode(requireArgument(mode, "decodingMode"));
    return self();
  }

  /**
   * The most items one JSON array of a response may hold (default {@value
   * DecodingOptions#DEFAULT_MAX_ARRAY_ITEMS}); a longer one fails the call with {@code
   * OkrDecodingException} before it fills the heap.
   *
   * @param maxItems at least 1
   * @return this builder
   * @throws IllegalArgumentException when below 1
   */
  public B maxArrayItems(int maxItems) {
    this.decoding = decoding.withMaxArrayItems(maxItems);
    return self();
  }

  /**
   * The deepest nesting of objects and arrays a response may have (default {@value
   * DecodingOptions#DEFAULT_MAX_NESTING_DEPTH}); deeper fails the call with {@code
   * OkrDecodingException}.
   *
   * @param maxDepth between 1 and 255
   * @return this builder
   * @throws IllegalArgumentException when out of range
   */
  public B maxNestingDepth(int maxDepth) {
    this.decoding = decoding.withMaxNestingDepth(maxDepth);
    return self();
  }

  /**
   * How the client waits between retries and for its rate limit; tests pass one that records
   * instead of sleeping. The client takes a wait as over when the sleeper returns: the rate limiter
   * counts the part of a wait its clock did not see pass as passed, so a recording sleeper is asked
   * for the waits a sleeping client would sleep, however fast or slow the machine.
   *
   * @param sleeper the sleeper
   * @return this builder
   */
  public B sleeper(Sleeper sleeper) {
    this.sleeper = requireArgument(sleeper, "sleeper");
    return self();
  }

  /**
   * The clock that {@code Retry-After} dates are measured against, and that rate limiting paces
   * by (the system clock's monotonic {@code System.nanoTime()} unless another clock is given).
   *
   * @param clock the clock
   * @return this builder
   */
  public B clock(Clock clock) {
    this.clock = requireArgument(clock, "clock");
    return self();
  }

  /**
   * How the client paces its requests to stay under the server's rate limit; one budget is shared
   * by all of the client's calls, threads, async calls, paging and retries. The default, {@link
   * RateLimitMode#adaptive()}, does nothing until the server throttles, then learns the allowed
   * rate; {@link RateLimitMode#fixed(double, int)} paces at a rate the caller knows; {@link
   * RateLimitMode#off()} leaves 429s to the retry policy alone.
   *
   * @param mode the mode
   * @return this builder
   */
  public B rateLimit(RateLimitMode mode) {
    this.rateLimit = requireArgument(mode, "rateLimit");
    return self();
  }

  /**
   * Reads the client's settings from the process environment, under the scheme {@code
   * OKRSDK_<PLATFORM>_*} each platform builder documents (credentials and host); other settings
   * can still be made after it. Same as {@code fromEnv(System.getenv())}.
   *
   * @return this builder
   * @throws IllegalStateException naming every required variable that is not set
   * @throws IllegalArgumentException naming the variable whose value cannot be used
   */
  public final B fromEnv() {
    return fromEnv(System.getenv());
  }

  /**
   * Reads the client's settings from the given variables instead of the process environment (for
   * tests, or settings kept elsewhere), exactly as {@link #fromEnv()} does.
   *
   * @param variables the variables, such as {@code Map.of("OKRSDK_JIRA_TOKEN", token)}
   * @return this builder
   * @throws IllegalStateException naming every required variable that is not set
   * @throws IllegalArgumentException naming the variable whose value cannot be used
   */
  public final B fromEnv(Map<String, String> variables) {
    readEnvironment(new Environment(requireArgument(variables, "variables")));
    return self();
  }

  /**
   * Applies the platform's {@code OKRSDK_<PLATFORM>_*} variables to this builder; called by {@link
   * #fromEnv(Map)}.
   *
   * @param environment the variables
   * @throws IllegalStateException naming every required variable that is not set
   */
  protected abstract void readEnvironment(Environment environment);

  /**
   * Whether a base URL was set (by {@link #baseUrl(String)} or a platform preset).
   *
   * @return {@code true} when set
   */
  protected final boolean hasBaseUrl() {
    return baseUrl != null;
  }

  /**
   * Checks a host name label (a region or customer subdomain) and builds {@code
   * https://<label>.<domain>/} from it, so a label can never point the client at another domain.
   *
   * @param label the label, such as {@code pro} or {@code acme}; trimmed and lower-cased
   * @param domain the vendor's domain, such as {@code weekly10.net}
   * @param setting the builder method's name, for the error message
   * @return the base URL
   * @throws IllegalArgumentException when the label is not one DNS label
   */
  protected static String hostUnder(String label, String domain, String setting) {
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException(setting + " is required but was " + (label == null ? "null" : "blank"));
    }
    String normalized = label.trim().toLowerCase(Locale.ROOT);
    if (!normalized.matches("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")) {
      throw new IllegalArgumentException(
          setting + " must be one DNS label (letters, digits, '-'), such as the x in https://x." + domain + "/, was '"
              + label + "'; use baseUrl(...) for any other host");
    }
    return "https://" + normalized + "." + domain + "/";
  }

  /**
   * Adds platform adapters to the client's Moshi. They take precedence over the SDK's own (which
   * are added after this method returns). The default adds none.
   *
   * @param moshi the builder
   */
  protected void configureJson(Moshi.Builder moshi) {}

  /**
   * Refuses a {@code null} value given to a builder method, naming the setting. Every builder
   * method refuses a null or invalid value this way, at once; {@code build()} refuses a setting
   * that was never made with an {@link IllegalStateException}.
   *
   * @param value the value the caller passed
   * @param setting the name the caller wrote: the builder method or its parameter, such as {@code
   *     apiKey}
   * @param <T> the value type
   * @return the value
   * @throws IllegalArgumentException when {@code value} is {@code null}
   */
  protected static <T> T requireArgument(T value, String setting) {
    if (value == null) {
      throw new IllegalArgumentException(setting + " is required but was null");
    }
    return value;
  }

  /**
   * Fails with a clear message when a required setting is missing.
   *
   * @param value the setting's value
   * @param message what to say, naming the builder method to call
   * @param <T> the value type
   * @return the value
   * @throws IllegalStateException when {@code value} is {@code null}
   */
  protected static <T> T requireSetting(T value, String message) {
    if (value == null) {
      throw new IllegalStateException(message);
    }
    return value;
  }

  /**
   * Puts the HTTP stack together: derived OkHttp client with the SDK's interceptors, Retrofit,
   * Moshi and the call executor.
   *
   * @param clientName the client's name, for messages and {@code User-Agent}
   * @param auth the credentials; {@code null} fails with a message naming the missing setting
   * @param missingAuthMessage what to say when {@code auth} is {@code null}
   * @return the runtime
   * @throws IllegalStateException when the base URL or the credentials are missing
   */
  protected final ClientRuntime buildRuntime(String clientName, AuthScheme auth, String missingAuthMessage) {
    requireSetting(auth, missingAuthMessage);
    requireSetting(baseUrl, clientName + " needs a base URL: call baseUrl(...) or one of the builder's presets");

    boolean ownsHttpResources = httpClient == null;
    OkHttpClient.Builder http = ownsHttpResources ? new OkHttpClient.Builder() : httpClient.newBuilder();
    Redactor redactor = new Redactor(auth.headers().keySet(), auth.secrets());
    // The SDK's RetryInterceptor is the one place that retries: OkHttp's own silent retry of a
    // failed pooled connection would spend requests outside the budget the caller set.
    // The application interceptors (close guard, headers, retries, rate limit) are added per set of
    // options by HttpStack, so that clients derived with withOptions share this pool and dispatcher.
    http.retryOnConnectionFailure(false)
        .addNetworkInterceptor(new ConnectionCheckInterceptor())
        .addNetworkInterceptor(new AuthInterceptor(baseUrl, auth));
    if (logLevel != HttpLogLevel.NONE) {
      // Left out at NONE, the default: it would only pass each exchange on.
      http.addNetworkInterceptor(new LoggingInterceptor(logLevel, redactor, new LazyLogger("io.okrsdk.http")));
    }
    OkHttpClient shared = http.build();
    RateLimitInterceptor limiter = null;
    Sleeper waits = sleeper;
    if (rateLimit.isOn()) {
      LongSupplier nanoTime = pacingClock(clock);
      if (sleeper != Sleeper.SYSTEM) {
        // A caller's sleeper may return early (a test's recording one does): the limiter must see
        // the time it skipped as passed, or it would add waits a real client would not.
        SkippedTimeSleeper tracked = new SkippedTimeSleeper(sleeper, nanoTime);
        waits = tracked;
        nanoTime = tracked.pacingClock();
      }
      limiter = new RateLimitInterceptor(rateLimit.newLimiter(nanoTime), waits, clock, nanoTime);
    }

    Moshi.Builder json = new Moshi.Builder();
    configureJson(json);
    Moshi moshi = OkrJson.addSdkAdapters(json).build();
    // Outside the retries: obtaining credentials and the one repeat after a 401 are not retries.
    RenewingAuthInterceptor renewal =
        auth instanceof RenewableAuth ? new RenewingAuthInterceptor(baseUrl, (RenewableAuth) auth) : null;
    HttpStack stack =
        new HttpStack(clientName, baseUrl, shared, userAgent(clientName), waits, clock, renewal, limiter, moshi);
    HttpStack.Settings settings =
        new HttpStack.Settings(connectTimeout, readTimeout, writeTimeout, callTimeout, retryPolicy, defaultHeaders, decoding);
    CallExecutor calls = new CallExecutor(clock, redactor, asyncExecutor);
    return new ClientRuntime(
        clientName, baseUrl, stack, settings, ownsHttpResources, List.of(), moshi, calls, auth, paging, maxPages,
        true);
  }

  private static LongSupplier pacingClock(Clock clock) {
    if (clock.equals(Clock.systemUTC())) {
      return new SystemNanoTime();
    }
    return () -> {
      java.time.Instant now = clock.instant();
      return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    };
  }

  /**
   * {@code System.nanoTime()} as the pacing clock. A class rather than a method reference: every
   * client builds one, and a method reference's first use in a process spins a class at run time.
   */
  private static final class SystemNanoTime implements LongSupplier {
    @Override
    public long getAsLong() {
      return System.nanoTime();
    }
  }

  private String userAgent(String clientName) {
    String agent = "okr-sdk-java/" + SdkVersion.VERSION + " (" + clientName + "; Java " + System.getProperty("java.version") + ")";
    return userAgentSuffix == null ? agent : agent + " " + userAgentSuffix;
  }

  private static Duration requireTimeout(Duration timeout, String name) {
    requireArgument(timeout, name);
    if (timeout.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, was " + timeout);
    }
    return timeout;
  }
}
