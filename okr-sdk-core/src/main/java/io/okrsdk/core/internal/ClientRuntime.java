package io.okrsdk.core.internal;

import com.squareup.moshi.Moshi;
import io.okrsdk.core.auth.AuthScheme;
import io.okrsdk.core.internal.http.ApiCalls;
import io.okrsdk.core.internal.http.CallExecutor;
import io.okrsdk.core.internal.http.CancellableFutures;
import io.okrsdk.core.internal.paging.PageCalls;
import io.okrsdk.core.internal.paging.Paging;
import io.okrsdk.core.paging.PagedIterable;
import io.okrsdk.core.paging.PagingMode;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.Response;

/**
 * What a built platform client runs on: its HTTP client, the calls of its interfaces, Moshi and call executor. Made by
 * {@link OkrClientBuilder}; platform clients hold one and close it on {@code close()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ClientRuntime implements AutoCloseable {
  private final HttpUrl baseUrl;
  private final OkHttpClient httpClient;
  private final boolean ownsHttpResources;
  private final ApiCalls apiCalls;
  private final Moshi moshi;
  private final CallExecutor calls;
  private final AuthScheme auth;
  private final String clientName;
  private final AtomicBoolean closed;
  private final boolean credentials;
  private final HttpStack stack;
  private final HttpStack.Settings settings;
  /** This runtime's own flag and those of the runtimes it was derived from. */
  private final List<AtomicBoolean> closedFlags;
  private final PagingMode pagingMode;
  private final long maxPages;
  /** Made on the first unmodelled request. */
  private volatile @Nullable RawCalls raw;

  /**
   * Assembled by {@code OkrClientBuilder}; see its {@code buildRuntime}.
   *
   * @param clientName the client's name
   * @param baseUrl the base URL
   * @param stack how the HTTP stack is put together, shared with derived runtimes
   * @param settings the settings of this runtime's calls
   * @param ownsHttpResources whether closing releases the OkHttp client's pool and threads
   * @param derivedFrom the closed flags of the runtimes this one derives from
   * @param moshi the JSON setup
   * @param calls the call executor
   * @param auth the credentials
   * @param paging the client's paging mode
   * @param maxPages the client's page cap, or 0
   * @param credentials whether calls carry the client's credentials (false only for {@link
   *     #withoutCredentials()})
   */
  public ClientRuntime(
      String clientName,
      HttpUrl baseUrl,
      HttpStack stack,
      HttpStack.Settings settings,
      boolean ownsHttpResources,
      List<AtomicBoolean> derivedFrom,
      Moshi moshi,
      CallExecutor calls,
      AuthScheme auth,
      PagingMode paging,
      long maxPages,
      boolean credentials) {
    this.clientName = clientName;
    this.credentials = credentials;
    this.baseUrl = baseUrl;
    this.stack = stack;
    this.settings = settings;
    this.ownsHttpResources = ownsHttpResources;
    this.closed = new AtomicBoolean();
    List<AtomicBoolean> flags = new ArrayList<>(derivedFrom);
    flags.add(closed);
    this.closedFlags = List.copyOf(flags);
    this.httpClient = stack.httpClient(settings, closedFlags, credentials);
    this.apiCalls = stack.apiCalls(httpClient, settings);
    this.moshi = moshi;
    this.calls = calls;
    this.auth = auth;
    this.pagingMode = paging;
    this.maxPages = maxPages;
  }

  private RawCalls raw() {
    RawCalls calls = raw;
    if (calls == null) {
      synchronized (this) {
        calls = raw;
        if (calls == null) {
          calls = new RawCalls(baseUrl, apiCalls, moshi, this.calls);
          raw = calls;
        }
      }
    }
    return calls;
  }

  /**
   * A runtime on the same connection pool, dispatcher and rate limiter with some settings
   * replaced; closing it stops only the calls made through it.
   *
   * @param derive the derived runtime's settings, from this runtime's
   * @return the derived runtime
   * @throws IllegalStateException when this runtime is closed
   */
  public ClientRuntime derive(UnaryOperator<HttpStack.Settings> derive) {
    requireOpen();
    return new ClientRuntime(
        clientName, baseUrl, stack, derive.apply(settings), false, closedFlags, moshi, calls, auth, pagingMode,
        maxPages, credentials);
  }

  /**
   * A runtime on the same connection pool, dispatcher, rate limiter and settings whose calls go
   * without the client's credentials and never obtain or renew them: the one a token exchange
   * runs on. Closing this runtime (or any it derives from) stops its calls.
   *
   * @return the runtime
   * @throws IllegalStateException when this runtime is closed
   */
  public ClientRuntime withoutCredentials() {
    requireOpen();
    return new ClientRuntime(
        clientName, baseUrl, stack, settings, false, closedFlags, moshi, calls, auth, pagingMode, maxPages, false);
  }

  /**
   * Sends a request the SDK does not model, with the client's credentials, retries, rate limit
   * and error mapping, and decodes its body.
   *
   * @param request what to send
   * @param type the body type, {@code RawJson} for the body as text
   * @param <T> the body type
   * @return the successful response with its decoded body
   * @throws io.okrsdk.core.OkrException for every failure
   * @throws IllegalStateException when the client is closed
   */
  public <T> Response<T> executeRaw(RawCalls.Request request, Type type) {
    requireOpen();
    return raw().execute(request, type);
  }

  /**
   * {@link #executeRaw(RawCalls.Request, Type)} without blocking; cancelling the future cancels the
   * call.
   *
   * @param request what to send
   * @param type the body type
   * @param <T> the body type
   * @return the future response
   * @throws IllegalStateException when the client is closed
   */
  public <T> CompletableFuture<Response<T>> executeRawAsync(RawCalls.Request request, Type type) {
    requireOpen();
    return raw().executeAsync(request, type);
  }

  private void requireOpen() {
    if (isClosed()) {
      throw new IllegalStateException(clientName + " is closed: build a new client to make calls");
    }
  }

  /**
   * The only way a service makes a listing: every {@link PagedIterable} it returns fetches pages in
   * the client's paging mode and with its page cap.
   *
   * @return the client's listing factory
   */
  public Paging paging() {
    // Made per listing (it holds only the mode and cap): a client that never lists never loads
    // the paging classes, which verifying Paging would ("Cold start" in benchmarks/README.md).
    return new Paging(pagingMode, maxPages);
  }

  /**
   * What the generated implementations of the SDK's Retrofit interfaces make their calls with,
   * bound to this runtime: {@code new GtmhubGoalApiCalls(runtime.apiCalls())}.
   *
   * @return the calls of this runtime
   */
  public ApiCalls apiCalls() {
    return apiCalls;
  }

  /**
   * Executes a call on the calling thread with the SDK's error mapping.
   *
   * @param call the call
   * @param <T> the body type
   * @return the body
   * @throws OkrException for every failure
   * @throws IllegalStateException when the client is closed
   */
  public <T> T execute(Call<T> call) {
    requireOpen();
    // Inside a page request the call is tied to its iteration, so closing the iterator cancels it.
    return PageCalls.execute(call, calls);
  }

  /**
   * Executes a call asynchronously with the SDK's error mapping.
   *
   * @param call the call
   * @param <T> the body type
   * @return the future body
   * @throws IllegalStateException when the client is closed
   */
  public <T> CompletableFuture<T> executeAsync(Call<T> call) {
    requireOpen();
    return calls.executeAsync(call);
  }

  /**
   * Executes a call asynchronously and maps its body; cancelling the returned future cancels the
   * HTTP call.
   *
   * @param call the call
   * @param mapping the transformation of the body (for example an envelope to its items)
   * @param <T> the body type
   * @param <R> the mapped type
   * @return the future mapped body
   * @throws IllegalStateException when the client is closed
   */
  public <T, R> CompletableFuture<R> executeAsync(Call<T> call, Function<? super T, ? extends R> mapping) {
    requireOpen();
    return CancellableFutures.map(calls.executeAsync(call), mapping);
  }

  /**
   * The base URL, ending in {@code /}.
   *
   * @return the base URL
   */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /**
   * The client's Moshi, with the SDK's adapters.
   *
   * @return the Moshi instance
   */
  public Moshi moshi() {
    return moshi;
  }

  /**
   * The OkHttp client the runtime sends requests with.
   *
   * @return the HTTP client
   */
  public OkHttpClient httpClient() {
    return httpClient;
  }

  /**
   * Whether {@link #close()} was called.
   *
   * @return {@code true} once closed
   */
  public boolean isClosed() {
    for (AtomicBoolean flag : closedFlags) {
      if (flag.get()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Closes the client: every later call (sync, async, through {@link #api(Class)} or a listing)
   * fails at once with {@link IllegalStateException}, so nothing re-opens connections or threads.
   * Releases the connection pool and dispatcher threads when this runtime created them; a
   * caller's own {@code OkHttpClient} is left untouched (the derived client shares its pool and
   * dispatcher). A runtime derived with other options only stops its own calls: the pool and
   * threads belong to the runtime it came from. Idempotent.
   */
  @Override
  public void close() {
    closed.set(true);
    if (ownsHttpResources) {
      httpClient.dispatcher().executorService().shutdown();
      httpClient.connectionPool().evictAll();
      try {
        httpClient.dispatcher().executorService().awaitTermination(1, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public String toString() {
    return clientName + "{baseUrl=" + baseUrl + ", auth=" + auth.describe() + "}";
  }
}
