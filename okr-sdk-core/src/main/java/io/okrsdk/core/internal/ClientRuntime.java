package io.okrsdk.core.internal;

import com.squareup.moshi.Moshi;
import io.okrsdk.core.auth.AuthScheme;
import io.okrsdk.core.internal.http.CallExecutor;
import io.okrsdk.core.internal.http.CancellableFutures;
import io.okrsdk.core.internal.paging.PageCalls;
import io.okrsdk.core.internal.paging.Paging;
import io.okrsdk.core.paging.PagedIterable;
import io.okrsdk.core.paging.PagingMode;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Call;
import retrofit2.Retrofit;

/**
 * What a built platform client runs on: its HTTP client, Retrofit, Moshi and call executor. Made by
 * {@link OkrClientBuilder}; platform clients hold one and close it on {@code close()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ClientRuntime implements AutoCloseable {
  private final HttpUrl baseUrl;
  private final OkHttpClient httpClient;
  private final boolean ownsHttpResources;
  private final Retrofit retrofit;
  private final Moshi moshi;
  private final CallExecutor calls;
  private final AuthScheme auth;
  private final String clientName;
  private final Paging paging;
  private final AtomicBoolean closed;

  /**
   * Assembled by {@code OkrClientBuilder}; see its {@code buildRuntime}.
   *
   * @param clientName the client's name
   * @param baseUrl the base URL
   * @param httpClient the derived OkHttp client
   * @param ownsHttpResources whether closing releases the OkHttp client's pool and threads
   * @param retrofit the Retrofit instance
   * @param moshi the JSON setup
   * @param calls the call executor
   * @param auth the credentials
   * @param paging the client's paging mode
   * @param maxPages the client's page cap, or 0
   * @param closed shared closed flag
   */
  public ClientRuntime(
      String clientName,
      HttpUrl baseUrl,
      OkHttpClient httpClient,
      boolean ownsHttpResources,
      Retrofit retrofit,
      Moshi moshi,
      CallExecutor calls,
      AuthScheme auth,
      PagingMode paging,
      long maxPages,
      AtomicBoolean closed) {
    this.clientName = clientName;
    this.baseUrl = baseUrl;
    this.httpClient = httpClient;
    this.ownsHttpResources = ownsHttpResources;
    this.retrofit = retrofit;
    this.moshi = moshi;
    this.calls = calls;
    this.auth = auth;
    this.paging = new Paging(paging, maxPages);
    this.closed = closed;
  }

  private void requireOpen() {
    if (closed.get()) {
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
    return paging;
  }

  /**
   * Creates the implementation of a Retrofit interface bound to this runtime.
   *
   * @param api the interface
   * @param <T> the interface type
   * @return the implementation
   */
  public <T> T api(Class<T> api) {
    return retrofit.create(api);
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
    return PageCalls.execute(call, calls::execute);
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
    return closed.get();
  }

  /**
   * Closes the client: every later call (sync, async, through {@link #api(Class)} or a listing)
   * fails at once with {@link IllegalStateException}, so nothing re-opens connections or threads.
   * Releases the connection pool and dispatcher threads when this runtime created them; a
   * caller's own {@code OkHttpClient} is left untouched (the derived client shares its pool and
   * dispatcher). Idempotent.
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
