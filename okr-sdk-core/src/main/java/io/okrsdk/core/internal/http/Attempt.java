package io.okrsdk.core.internal.http;

/**
 * What one attempt of a call got to, shared by {@link RetryInterceptor} (which decides about the
 * next attempt) and {@link ConnectionCheckInterceptor} (which sees the connection). Written and
 * read on the call's thread: OkHttp runs a call's application and network interceptors as one
 * chain of nested calls on one thread, so the attempt under way is a thread-local, set by the
 * retry interceptor around each attempt and restored after it.
 *
 * <p>Not a request tag: OkHttp 5 turns every tag lookup into a Kotlin {@code KClass}, whose
 * first use loads about fifty Kotlin classes into a new process (benchmarks/README.md, "Cold
 * start").
 */
final class Attempt {
  /** The attempt under way on this thread, if any. */
  private static final ThreadLocal<Attempt> CURRENT = new ThreadLocal<>();

  /** The request reached a connection and was handed on to be written. */
  volatile boolean handedToConnection;
  /** The pooled connection had been closed by the server; nothing was written. */
  volatile boolean staleConnection;

  /** The attempt under way on this thread, or {@code null} outside the retry interceptor. */
  static Attempt current() {
    return CURRENT.get();
  }

  /**
   * Runs one attempt: {@code chain.proceed(request)} with this as the attempt under way.
   *
   * @param chain the retry interceptor's chain
   * @param request the attempt's request
   * @return the response
   * @throws IOException when the attempt fails
   */
  okhttp3.Response proceed(okhttp3.Interceptor.Chain chain, okhttp3.Request request) throws java.io.IOException {
    Attempt outer = CURRENT.get();
    CURRENT.set(this);
    try {
      return chain.proceed(request);
    } finally {
      if (outer == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(outer);
      }
    }
  }
}
