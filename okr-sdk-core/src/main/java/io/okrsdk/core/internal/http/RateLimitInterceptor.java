package io.okrsdk.core.internal.http;

import io.okrsdk.core.http.Sleeper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.LongSupplier;
import okhttp3.Call;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Makes every attempt draw from the client's {@link RateLimiter} and tells the limiter how the
 * server answered. Sits inside the {@link RetryInterceptor}, so retries are paced like first
 * attempts, and ahead of the network, so async calls and paging threads share the same budget.
 */
public final class RateLimitInterceptor implements Interceptor {
  /** Waits longer than this are slept in steps, so a cancelled call stops waiting. */
  private static final long STEP_NANOS = Duration.ofSeconds(1).toNanos();

  private final RateLimiter limiter;
  private final Sleeper sleeper;
  private final Clock clock;
  private final LongSupplier nanoTime;
  /**
   * Calls whose last attempt the server refused with 429: their retry already waited the server's
   * pause. Keyed by call, not request, because the retry interceptor may send a new request object
   * per attempt.
   */
  private final Map<Call, Boolean> refused = Collections.synchronizedMap(new WeakHashMap<>());

  /**
   * Creates the interceptor.
   *
   * @param limiter the client's limiter
   * @param sleeper how to wait
   * @param clock the clock {@code Retry-After} dates and epoch resets are measured against
   * @param nanoTime the limiter's monotonic clock
   */
  public RateLimitInterceptor(RateLimiter limiter, Sleeper sleeper, Clock clock, LongSupplier nanoTime) {
    this.limiter = limiter;
    this.sleeper = sleeper;
    this.clock = clock;
    this.nanoTime = nanoTime;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    boolean retryOfRefused = !refused.isEmpty() && refused.remove(chain.call()) != null;
    long wait;
    do {
      // A throttle or pause while waiting withdraws the slot (it was promised at the old rate).
      int generation = limiter.generation();
      wait = limiter.reserve(retryOfRefused);
      if (wait > 0) {
        waitFor(wait, chain);
      }
      if (generation == limiter.generation()) {
        break;
      }
    } while (wait > 0);
    long sentAt = nanoTime.getAsLong();
    Response response = chain.proceed(request);
    int status = response.code();
    RateLimitHeaders headers = RateLimitHeaders.parse(response.headers(), clock);
    Duration retryAfter = status == 429 ? RetryAfter.parse(response.header("Retry-After"), clock) : null;
    limiter.onResponse(sentAt, status, retryAfter, headers);
    if (status == 429) {
      refused.put(chain.call(), Boolean.TRUE);
    }
    return response;
  }

  private void waitFor(long nanos, Chain chain) throws IOException {
    long left = nanos;
    try {
      while (left > 0) {
        if (chain.call().isCanceled()) {
          throw new IOException("Canceled");
        }
        long step = Math.min(left, STEP_NANOS);
        sleeper.sleep(Duration.ofNanos(step));
        left -= step;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted = new InterruptedIOException("interrupted while waiting for the rate limit");
      interrupted.initCause(e);
      throw interrupted;
    }
  }
}
