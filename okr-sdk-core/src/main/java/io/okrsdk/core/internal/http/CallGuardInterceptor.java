package io.okrsdk.core.internal.http;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * The first application interceptor, guarding the boundary of every call: it refuses calls once
 * the client is closed (also those made through the Retrofit interface directly), and it turns a
 * runtime exception from OkHttp's own checks into an I/O failure without its message. OkHttp's
 * header check quotes the offending value (possibly a credential), and on the async path it would
 * print the exception to stderr from the dispatcher thread; an {@code IOException} is reported to
 * the callback instead, and {@link ErrorMapper} turns it into an {@code IllegalArgumentException}
 * that names no value.
 */
public final class CallGuardInterceptor implements Interceptor {
  private final AtomicBoolean closed;
  private final String clientName;

  /**
   * Creates the guard.
   *
   * @param closed set when the client is closed
   * @param clientName the client's name, for the message
   */
  public CallGuardInterceptor(AtomicBoolean closed, String clientName) {
    this.closed = closed;
    this.clientName = clientName;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    if (closed.get()) {
      throw new ClientClosedException(clientName);
    }
    try {
      return chain.proceed(chain.request());
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw new UnsendableRequestException(e);
    }
  }

  /** The client was closed before the call started. */
  static final class ClientClosedException extends IOException {
    private static final long serialVersionUID = 1L;

    ClientClosedException(String clientName) {
      super(clientName + " is closed");
    }
  }

  /** OkHttp refused to build or send the request; only the exception's class is kept. */
  static final class UnsendableRequestException extends IOException {
    private static final long serialVersionUID = 1L;

    final String refusedBy;

    UnsendableRequestException(RuntimeException refused) {
      super("the HTTP client refused the request (" + refused.getClass().getSimpleName() + ")");
      this.refusedBy = refused.getClass().getSimpleName();
    }
  }
}
