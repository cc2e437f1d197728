package io.okrsdk.core.internal.http;

import java.io.IOException;
import java.util.Map;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Sets the SDK's {@code User-Agent} and the caller's default headers on every request. */
public final class HeadersInterceptor implements Interceptor {
  private final String userAgent;
  private final Map<String, String> defaultHeaders;

  /**
   * Creates the interceptor.
   *
   * @param userAgent the full user agent
   * @param defaultHeaders headers added unless the request already has them
   */
  public HeadersInterceptor(String userAgent, Map<String, String> defaultHeaders) {
    this.userAgent = userAgent;
    this.defaultHeaders = Map.copyOf(defaultHeaders);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Request.Builder builder = request.newBuilder().header("User-Agent", userAgent);
    // A loop, not forEach with a lambda: this runs on a client's first call, and every lambda
    // spun up then is start-up time.
    for (Map.Entry<String, String> header : defaultHeaders.entrySet()) {
      if (request.header(header.getKey()) == null) {
        builder.header(header.getKey(), header.getValue());
      }
    }
    return chain.proceed(builder.build());
  }
}
