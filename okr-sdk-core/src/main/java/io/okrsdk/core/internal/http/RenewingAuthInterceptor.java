package io.okrsdk.core.internal.http;

import io.okrsdk.core.OkrException;
import io.okrsdk.core.internal.auth.RenewableAuth;
import java.io.IOException;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * For a {@link RenewableAuth}: obtains the credentials before a request leaves for the base URL's
 * origin, and when the server answers 401, obtains fresh ones once and repeats the request once.
 * A second 401 is returned as it is (the caller gets {@code UnauthorizedException}).
 *
 * <p>Repeating is safe: a request refused with 401 was not acted on. A one-shot body cannot be
 * sent twice, so such a request gets its 401. The {@link AuthInterceptor} still puts the headers on
 * each network hop; this application interceptor only makes sure there is something to put, which
 * keeps the exchange off the connection a request holds. It sits outside the retry interceptor, so
 * a failed exchange is not retried as if it were the request's own I/O failure.
 */
public final class RenewingAuthInterceptor implements Interceptor {
  private final HttpUrl origin;
  private final RenewableAuth auth;

  /**
   * Creates the interceptor.
   *
   * @param origin the base URL whose scheme, host and port receive credentials
   * @param auth the credentials
   */
  public RenewingAuthInterceptor(HttpUrl origin, RenewableAuth auth) {
    this.origin = origin;
    this.auth = auth;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!AuthInterceptor.sameOrigin(origin, request.url())) {
      return chain.proceed(request);
    }
    Map<String, String> used = obtain();
    Response response = chain.proceed(request);
    RequestBody body = request.body();
    if (response.code() != 401 || body != null && body.isOneShot()) {
      return response;
    }
    response.close();
    auth.refused(used);
    obtain();
    return chain.proceed(request);
  }

  private Map<String, String> obtain() throws IOException {
    try {
      return auth.current();
    } catch (OkrException e) {
      // OkHttp passes only IOExceptions to an async callback; ErrorMapper unwraps this one.
      throw new CredentialsUnavailableException(e);
    }
  }

  /** The credentials could not be obtained; carries the SDK exception the caller receives. */
  static final class CredentialsUnavailableException extends IOException {
    private static final long serialVersionUID = 1L;

    final transient OkrException failure;

    CredentialsUnavailableException(OkrException failure) {
      super(failure.getMessage(), failure);
      this.failure = failure;
    }

    /** The carried exception in a chain of causes, or {@code null}. */
    static OkrException in(Throwable thrown) {
      for (Throwable t = thrown; t != null; t = t.getCause()) {
        if (t instanceof CredentialsUnavailableException) {
          return ((CredentialsUnavailableException) t).failure;
        }
        if (t.getCause() == t) {
          break;
        }
      }
      return null;
    }
  }
}
