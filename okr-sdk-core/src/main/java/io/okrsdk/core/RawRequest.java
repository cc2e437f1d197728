package io.okrsdk.core;

import io.okrsdk.core.internal.ClientRuntime;
import io.okrsdk.core.internal.RawCalls;
import io.okrsdk.core.internal.RawPaths;
import io.okrsdk.core.internal.http.CancellableFutures;
import io.okrsdk.core.internal.http.HeaderValues;
import io.okrsdk.core.json.RawJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * A request to an endpoint (or a body shape) the SDK does not model yet, sent through the client
 * like every typed call: the client's credentials (to its base URL's origin only), headers, retry
 * policy (a POST, PATCH or DELETE with a body is never re-sent once it may have arrived), rate
 * limit, deadlines and error mapping. Made by {@link OkrClient#request(String, String)}.
 *
 * <pre>{@code
 * RawResponse<RawJson> answer = gtmhub.request("GET", "api/v1/whatever")
 *     .query("limit", "10")
 *     .execute();
 * System.out.println(answer.status() + " " + answer.requestId().orElse("-") + " " + answer.body());
 * }</pre>
 *
 * <p>Not thread-safe; each {@code execute} sends the request as it stands then.
 */
public final class RawRequest {
  private static final Set<String> METHODS = Set.of("GET", "DELETE", "POST", "PUT", "PATCH");

  private final ClientRuntime runtime;
  private final String method;
  private final String path;
  private final List<String[]> query = new ArrayList<>();
  private final Map<String, String> headers = new LinkedHashMap<>();
  private @Nullable Object body;

  RawRequest(ClientRuntime runtime, String method, String path) {
    if (method == null || !METHODS.contains(method.trim().toUpperCase(Locale.ROOT))) {
      throw new IllegalArgumentException("method must be one of GET, DELETE, POST, PUT, PATCH, was " + method);
    }
    this.runtime = runtime;
    this.method = method.trim().toUpperCase(Locale.ROOT);
    this.path = RawPaths.check(path);
  }

  /**
   * Adds a query parameter; the name and value are percent-encoded by the SDK. A parameter may be
   * added more than once.
   *
   * @param name the parameter name
   * @param value the value
   * @return this request
   * @throws IllegalArgumentException when either is null
   */
  public RawRequest query(String name, String value) {
    if (name == null || name.isEmpty() || value == null) {
      throw new IllegalArgumentException("query parameter name and value are required, was " + name + "=" + (value == null ? "null" : "…"));
    }
    query.add(new String[] {name, value});
    return this;
  }

  /**
   * A header of this request only, replacing a default header of the same name. The credentials'
   * headers cannot be replaced this way.
   *
   * @param name the header name (an RFC 9110 token)
   * @param value the value: visible ASCII, spaces and tabs
   * @return this request
   * @throws IllegalArgumentException naming the header (never the value) when either cannot be sent
   */
  public RawRequest header(String name, String value) {
    HeaderValues.requireName(name, "header name");
    headers.put(name, HeaderValues.requireValue(value, "header " + name));
    return this;
  }

  /**
   * The JSON body: a {@link RawJson} is sent as it is; any other value (a model, a {@code Map}, a
   * {@code List}) is encoded with the client's JSON adapters. Not allowed on GET.
   *
   * @param value the body
   * @return this request
   * @throws IllegalArgumentException when the value is null or the method is GET
   */
  public RawRequest body(Object value) {
    if (value == null) {
      throw new IllegalArgumentException("body is required but was null");
    }
    if (method.equals("GET")) {
      throw new IllegalArgumentException("a GET request cannot carry a body");
    }
    this.body = value;
    return this;
  }

  /**
   * Sends the request and keeps the answer's body as raw JSON, checked to be one JSON value.
   *
   * @return the answer
   * @throws OkrException for every failure, exactly as a typed call
   * @throws IllegalStateException when the client is closed
   */
  public RawResponse<RawJson> execute() {
    return execute(RawJson.class);
  }

  /**
   * Sends the request and decodes the answer's body into a type, with the client's decoding mode
   * and limits (a model, {@code Map.class}, ...).
   *
   * @param type the body type
   * @param <T> the body type
   * @return the answer
   * @throws OkrException for every failure, exactly as a typed call
   * @throws IllegalStateException when the client is closed
   */
  public <T> RawResponse<T> execute(Class<T> type) {
    return RawResponse.of(runtime.<T>executeRaw(describe(), type));
  }

  /**
   * {@link #execute()} without blocking. Cancelling the future cancels the HTTP call.
   *
   * @return a future of the answer, failing with the exception {@link #execute()} would throw
   * @throws IllegalStateException when the client is closed
   */
  public CompletableFuture<RawResponse<RawJson>> executeAsync() {
    return executeAsync(RawJson.class);
  }

  /**
   * {@link #execute(Class)} without blocking. Cancelling the future cancels the HTTP call.
   *
   * @param type the body type
   * @param <T> the body type
   * @return a future of the answer, failing with the exception {@link #execute(Class)} would throw
   * @throws IllegalStateException when the client is closed
   */
  public <T> CompletableFuture<RawResponse<T>> executeAsync(Class<T> type) {
    CompletableFuture<retrofit2.Response<T>> answer = runtime.executeRawAsync(describe(), type);
    return CancellableFutures.map(answer, RawResponse::<T>of);
  }

  private RawCalls.Request describe() {
    return new RawCalls.Request(method, path, query, headers, body);
  }

  /** The method and path; never query values, headers or the body. */
  @Override
  public String toString() {
    return "RawRequest{" + method + " " + path + "}";
  }
}
