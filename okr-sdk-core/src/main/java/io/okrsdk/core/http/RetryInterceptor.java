package io.okrsdk.core.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The one place that decides about retries.
 *
 * <ul>
 *   <li>GET, HEAD, PUT, DELETE and OPTIONS are retried after a connection failure (also one that
 *       cuts a successful body short) or a 408, 429, 502, 503 or 504, up to the policy's budget, with exponential backoff and jitter; a {@code
 *       Retry-After} header (seconds or HTTP date) replaces the computed wait. A {@code Retry-After}
 *       longer than the policy's cap ends retrying, and the caller gets the error with {@code
 *       retryAfter()} set.
 *   <li>POST and PATCH are never re-sent once they may have reached the server: only a refused
 *       connection (nothing was sent) is retried; their bodies are marked one-shot so OkHttp does
 *       not repeat them either.
 * </ul>
 */
public final class RetryInterceptor implements Interceptor {
  private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");
  private static final Set<Integer> RETRYABLE_STATUS = Set.of(408, 429, 502, 503, 504);

  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final Clock clock;

  /**
   * Creates the interceptor.
   *
   * @param policy budget and waits
   * @param sleeper how to wait
   * @param clock the clock {@code Retry-After} dates are measured against
   */
  public RetryInterceptor(RetryPolicy policy, Sleeper sleeper, Clock clock) {
    this.policy = policy;
    this.sleeper = sleeper;
    this.clock = clock;
  }

  /**
   * Whether a method may be repeated without changing the result.
   *
   * @param method an HTTP method
   * @return {@code true} for GET, HEAD, PUT, DELETE and OPTIONS
   */
  public static boolean isIdempotent(String method) {
    return IDEMPOTENT.contains(method);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    boolean idempotent = isIdempotent(request.method());
    if (!idempotent && request.body() != null && !request.body().isOneShot()) {
      request = request.newBuilder().method(request.method(), new OneShotRequestBody(request.body())).build();
    }
    for (int retry = 0; ; retry++) {
      boolean budgetLeft = retry < policy.maxRetries();
      Response response;
      try {
        response = chain.proceed(request);
      } catch (IOException e) {
        boolean nothingSent = e instanceof ConnectException;
        if (!budgetLeft || !(idempotent || nothingSent) || chain.call().isCanceled()) {
          throw e;
        }
        pause(policy.backoff(retry, ThreadLocalRandom.current().nextDouble()));
        continue;
      }
      if (idempotent && response.isSuccessful() && budgetLeft && !bodyArrived(response, chain)) {
        // The body broke off: for a read, that is a connection failure like any other.
        pause(policy.backoff(retry, ThreadLocalRandom.current().nextDouble()));
        continue;
      }
      if (!budgetLeft || !idempotent || !RETRYABLE_STATUS.contains(response.code())) {
        return response;
      }
      Duration retryAfter = RetryAfter.parse(response.header("Retry-After"), clock);
      if (retryAfter != null && retryAfter.compareTo(policy.maxRetryAfter()) > 0) {
        return response;
      }
      response.close();
      pause(retryAfter != null ? retryAfter : policy.backoff(retry, ThreadLocalRandom.current().nextDouble()));
    }
  }

  /**
   * Reads a successful body into memory (the decoder reads it whole anyway), so that a connection
   * dropped mid-body is retried here. Bodies beyond the decoder's limit are left to stream.
   */
  private static boolean bodyArrived(Response response, Chain chain) {
    if (response.body() == null) {
      return true;
    }
    try {
      response.body().source().request(DecodingConverterFactory.MAX_BODY_BYTES + 1);
      return true;
    } catch (IOException e) {
      response.close();
      return chain.call().isCanceled();
    }
  }

  private void pause(Duration wait) throws InterruptedIOException {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted = new InterruptedIOException("interrupted while waiting to retry");
      interrupted.initCause(e);
      throw interrupted;
    }
  }
}
