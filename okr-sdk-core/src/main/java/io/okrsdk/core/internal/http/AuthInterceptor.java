package io.okrsdk.core.internal.http;

import io.okrsdk.core.auth.AuthScheme;
import java.io.IOException;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds the credentials to requests for the base URL's origin, and strips them from requests for
 * any other origin.
 *
 * <p>Installed as a network interceptor, so it also sees each hop of a redirect: OkHttp copies
 * custom headers such as {@code API-Token} onto a redirected request, and this interceptor removes
 * them when the redirect leaves the origin (same scheme, host and port). A request that must go
 * without credentials, such as a token exchange, is sent on a client without this interceptor
 * ({@code ClientRuntime.withoutCredentials()}).
 */
public final class AuthInterceptor implements Interceptor {
  private final HttpUrl origin;
  private final AuthScheme auth;

  /**
   * Creates the interceptor.
   *
   * @param origin the base URL whose scheme, host and port receive credentials
   * @param auth the credentials
   */
  public AuthInterceptor(HttpUrl origin, AuthScheme auth) {
    this.origin = origin;
    this.auth = auth;
  }

  /**
   * Whether a URL is on the same origin (scheme, host and port) as the base URL.
   *
   * @param origin the base URL
   * @param url the URL to check
   * @return {@code true} when credentials may go to {@code url}
   */
  public static boolean sameOrigin(HttpUrl origin, HttpUrl url) {
    return origin.scheme().equals(url.scheme())
        && origin.host().equalsIgnoreCase(url.host())
        && origin.port() == url.port();
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Request.Builder builder = request.newBuilder();
    Map<String, String> headers = auth.headers();
    boolean send = sameOrigin(origin, request.url());
    for (Map.Entry<String, String> header : headers.entrySet()) {
      if (send) {
        builder.header(header.getKey(), header.getValue());
      } else {
        builder.removeHeader(header.getKey());
      }
    }
    return chain.proceed(builder.build());
  }
}
