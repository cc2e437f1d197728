package io.okrsdk.core;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import io.okrsdk.core.auth.AuthScheme;
import io.okrsdk.core.http.CallExecutor;
import io.okrsdk.core.http.CancellableFutures;
import io.okrsdk.core.http.DecodingConverterFactory;
import io.okrsdk.core.http.ErrorMapper;
import io.okrsdk.core.internal.GenericApi;
import io.okrsdk.core.internal.HttpStack;
import io.okrsdk.core.json.DecodingMode;
import io.okrsdk.core.json.OkrModel;
import io.okrsdk.core.json.RawJson;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import io.okrsdk.core.paging.PageCalls;
import io.okrsdk.core.paging.PagedIterable;
import io.okrsdk.core.paging.PagingMode;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.Converter;
import retrofit2.Response;
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
  private final PagingMode paging;
  private final long maxPages;
  private final AtomicBoolean closed;
  private final HttpStack stack;
  private final HttpStack.Settings defaults;
  private final RequestOptions options;
  /** This runtime's own flag and those of the runtimes it was derived from. */
  private final List<AtomicBoolean> closedFlags;
  private final GenericApi generic;

  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  ClientRuntime(
      String clientName,
      HttpUrl baseUrl,
      HttpStack stack,
      HttpStack.Settings defaults,
      RequestOptions options,
      boolean ownsHttpResources,
      List<AtomicBoolean> derivedFrom,
      Moshi moshi,
      CallExecutor calls,
      AuthScheme auth,
      PagingMode paging,
      long maxPages) {
    this.clientName = clientName;
    this.baseUrl = baseUrl;
    this.stack = stack;
    this.defaults = defaults;
    this.options = options;
    this.ownsHttpResources = ownsHttpResources;
    this.closed = new AtomicBoolean();
    List<AtomicBoolean> flags = new ArrayList<>(derivedFrom);
    flags.add(closed);
    this.closedFlags = List.copyOf(flags);
    HttpStack.Settings settings = settings(defaults, options);
    this.httpClient = stack.httpClient(settings, closedFlags);
    this.retrofit = stack.retrofit(httpClient, settings);
    this.moshi = moshi;
    this.calls = calls;
    this.auth = auth;
    this.paging = paging;
    this.maxPages = maxPages;
    this.generic = retrofit.create(GenericApi.class);
  }

  private static HttpStack.Settings settings(HttpStack.Settings defaults, RequestOptions options) {
    DecodingMode mode = options.decodingMode();
    return new HttpStack.Settings(
        options.connectTimeout(defaults.connectTimeout()),
        options.readTimeout(defaults.readTimeout()),
        options.writeTimeout(defaults.writeTimeout()),
        options.callTimeout(defaults.callTimeout()),
        options.retryPolicy(defaults.retryPolicy()),
        merged(defaults.headers(), options.headers()),
        mode == null ? defaults.decoding() : defaults.decoding().withMode(mode));
  }

  private static Map<String, String> merged(Map<String, String> defaults, Map<String, String> overrides) {
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.putAll(defaults);
    headers.putAll(overrides);
    return headers;
  }

  /**
   * A runtime on the same connection pool, dispatcher and rate limiter with some settings
   * replaced; closing it stops only the calls made through it.
   *
   * @param overrides what differs
   * @return the derived runtime
   * @throws IllegalStateException when this runtime is closed
   */
  ClientRuntime withOptions(RequestOptions overrides) {
    requireOpen();
    return new ClientRuntime(
        clientName, baseUrl, stack, defaults, options.then(overrides), false, closedFlags, moshi, calls, auth, paging,
        maxPages);
  }

  /**
   * A request to an endpoint the SDK does not model, sent through this runtime.
   *
   * @param method GET, DELETE, POST, PUT or PATCH
   * @param path the path relative to the base URL
   * @return the request, not yet sent
   */
  RawRequest request(String method, String path) {
    return new RawRequest(this, method, path);
  }

  <T> RawResponse<T> executeRaw(RawRequest request, Type type) {
    requireOpen();
    return calls.execute(call(request), response -> read(response, type));
  }

  <T> CompletableFuture<RawResponse<T>> executeRawAsync(RawRequest request, Type type) {
    requireOpen();
    return calls.executeAsync(call(request), response -> read(response, type));
  }

  private Call<ResponseBody> call(RawRequest request) {
    HttpUrl.Builder url = RawPaths.resolve(baseUrl, request.path()).newBuilder();
    for (String[] parameter : request.queryParameters()) {
      url.addQueryParameter(parameter[0], parameter[1]);
    }
    String target = url.build().toString();
    Map<String, String> headers = request.headers();
    Object body = request.body();
    switch (request.method()) {
      case "GET":
        return generic.get(target, headers);
      case "DELETE":
        return body == null ? generic.delete(target, headers) : generic.delete(target, headers, json(body));
      case "POST":
        return generic.post(target, headers, json(body));
      case "PUT":
        return generic.put(target, headers, json(body));
      default:
        return generic.patch(target, headers, json(body));
    }
  }

  private RequestBody json(@Nullable Object body) {
    if (body == null) {
      return RequestBody.create(new byte[0], null);
    }
    String json;
    if (body instanceof RawJson) {
      json = ((RawJson) body).json();
    } else {
      try {
        json = moshi.adapter(jsonType(body.getClass())).toJson(body);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            "body of type " + body.getClass().getSimpleName() + " cannot be written as JSON; pass a model, a Map, a List or RawJson",
            e);
      }
    }
    return RequestBody.create(json, JSON);
  }

  /** The type whose adapter writes a value: the model interface of an Immutables class. */
  private static Type jsonType(Class<?> type) {
    if (Map.class.isAssignableFrom(type)) {
      return Map.class;
    }
    if (List.class.isAssignableFrom(type)) {
      return List.class;
    }
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      if (c.isAnnotationPresent(OkrModel.class)) {
        return c;
      }
      for (Class<?> i : c.getInterfaces()) {
        if (i.isAnnotationPresent(OkrModel.class)) {
          return i;
        }
      }
    }
    return type;
  }

  private <T> RawResponse<T> read(Response<ResponseBody> response, Type type) throws IOException {
    ResponseBody body = response.body();
    if (body == null || body.contentLength() == 0) {
      return new RawResponse<>(response.code(), response.headers(), null);
    }
    @SuppressWarnings("unchecked")
    Converter<ResponseBody, T> converter =
        type == RawJson.class
            ? b -> (T) rawJson(b)
            : (Converter<ResponseBody, T>) retrofit.responseBodyConverter(type, new Annotation[0]);
    return new RawResponse<>(response.code(), response.headers(), converter.convert(body));
  }

  /** The body as text, checked to be one JSON value within the decoder's size limit. */
  private static RawJson rawJson(ResponseBody body) throws IOException {
    try (body) {
      BufferedSource source = body.source();
      if (source.request(DecodingConverterFactory.MAX_BODY_BYTES + 1)) {
        throw new OkrDecodingException(
            "Response body larger than " + DecodingConverterFactory.MAX_BODY_BYTES + " bytes", "$", null);
      }
      String text = source.getBuffer().readUtf8();
      if (text.isBlank()) {
        throw new OkrDecodingException("Response body is empty where a JSON value was expected", "$", null);
      }
      try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(text))) {
        reader.skipValue();
        if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
          throw new JsonDataException("Expected one JSON value but more followed at path " + reader.getPath());
        }
      } catch (JsonDataException | IOException e) {
        throw ErrorMapper.decoding(e);
      }
      return RawJson.of(text.strip());
    }
  }

  private void requireOpen() {
    if (isClosed()) {
      throw new IllegalStateException(clientName + " is closed: build a new client to make calls");
    }
  }

  /**
   * Applies the client's paging mode and page cap to a listing; services return every listing
   * through this.
   *
   * @param listing the listing as a paging strategy made it
   * @param <T> the item type
   * @return the listing with the client's paging mode and page cap
   */
  public <T> PagedIterable<T> paged(PagedIterable<T> listing) {
    PagedIterable<T> applied = paging.applyTo(listing);
    return maxPages > 0 ? applied.maxPages(maxPages) : applied;
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
