package io.okrsdk.core.internal.http;

import com.squareup.moshi.Moshi;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * What the implementations of the SDK's Retrofit interfaces run on: one HTTP client, base URL,
 * Moshi and response decoding.
 *
 * <p>Every endpoint is declared once, as a method of a Retrofit interface. At compile time {@code
 * okr-sdk-processor} writes for each interface a class {@code <Interface>Calls} that implements it
 * with these: each method starts an {@link ApiRequest}, adds its parameters as the annotations say,
 * and returns an {@link ApiCall}. The requests and answers are the ones Retrofit's run time makes
 * from the same annotations; what is saved is its proxies and its reading of annotations and
 * generic types by reflection, which a new process paid on its first call (benchmarks/README.md,
 * "Cold start").
 *
 * <p>Immutable and thread-safe.
 */
public final class ApiCalls {
  private final okhttp3.Call.Factory client;
  private final HttpUrl baseUrl;
  private final Moshi moshi;
  private final ResponseDecoding decoding;

  /**
   * Creates the calls of one client.
   *
   * @param client the HTTP client every call goes through
   * @param baseUrl the base URL relative paths resolve against
   * @param moshi the client's Moshi, which writes request bodies
   * @param decoding how response bodies are read
   */
  public ApiCalls(okhttp3.Call.Factory client, HttpUrl baseUrl, Moshi moshi, ResponseDecoding decoding) {
    this.client = Objects.requireNonNull(client, "client");
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    this.moshi = Objects.requireNonNull(moshi, "moshi");
    this.decoding = Objects.requireNonNull(decoding, "decoding");
  }

  /**
   * Starts a request.
   *
   * @param method the HTTP method
   * @param relativeUrl the path relative to the base URL, with {@code {name}} placeholders; {@code
   *     null} when an {@code @Url} parameter gives it
   * @param hasBody whether the method sends a body (an empty one when none is given)
   * @return the request
   */
  public ApiRequest request(String method, String relativeUrl, boolean hasBody) {
    return new ApiRequest(this, method, relativeUrl, hasBody);
  }

  HttpUrl baseUrl() {
    return baseUrl;
  }

  Moshi moshi() {
    return moshi;
  }

  okhttp3.Call.Factory client() {
    return client;
  }

  /**
   * How response bodies are read.
   *
   * @return the decoding
   */
  public ResponseDecoding decoding() {
    return decoding;
  }
}
