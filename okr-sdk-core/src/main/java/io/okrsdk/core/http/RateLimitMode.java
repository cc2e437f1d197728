package io.okrsdk.core.http;

import io.okrsdk.core.internal.http.RateLimiter;
import java.util.function.LongSupplier;

/**
 * How a client paces its own requests so that it stays under the server's rate limit. One limiter
 * is shared by every request of a client: all threads, async calls, prefetch and parallel paging,
 * and every retry attempt.
 *
 * <ul>
 *   <li>{@link #adaptive()} (the default): no pacing until the server first answers 429 or says
 *       through rate-limit headers that the budget is spent; from then on the client learns the
 *       allowed rate, paces just under it and slowly probes upward while no throttling follows.
 *   <li>{@link #fixed(double, int)}: a token bucket the caller sizes; the server's {@code
 *       Retry-After} and rate-limit headers still pause it, but the rate never changes.
 *   <li>{@link #off()}: no client-side pacing; only the retry policy reacts to a 429.
 * </ul>
 *
 * <p>Immutable; each client builds its own limiter from the mode, so two clients never share a
 * budget.
 */
public final class RateLimitMode {
  private static final RateLimitMode OFF = new RateLimitMode(Kind.OFF, 0, 0);
  private static final RateLimitMode ADAPTIVE = new RateLimitMode(Kind.ADAPTIVE, 0, 0);

  enum Kind {
    OFF,
    FIXED,
    ADAPTIVE
  }

  private final Kind kind;
  private final double requestsPerSecond;
  private final int burst;

  private RateLimitMode(Kind kind, double requestsPerSecond, int burst) {
    this.kind = kind;
    this.requestsPerSecond = requestsPerSecond;
    this.burst = burst;
  }

  /**
   * No client-side pacing.
   *
   * @return the mode
   */
  public static RateLimitMode off() {
    return OFF;
  }

  /**
   * Learns the server's limit from its throttling answers and paces just under it (the default).
   *
   * @return the mode
   */
  public static RateLimitMode adaptive() {
    return ADAPTIVE;
  }

  /**
   * At most {@code requestsPerSecond} requests a second, with up to {@code burst} sent at once
   * after a quiet spell.
   *
   * @param requestsPerSecond the sustained rate, above 0
   * @param burst the most requests sent without waiting, at least 1
   * @return the mode
   * @throws IllegalArgumentException when a value is out of range
   */
  public static RateLimitMode fixed(double requestsPerSecond, int burst) {
    if (!(requestsPerSecond > 0) || Double.isInfinite(requestsPerSecond)) {
      throw new IllegalArgumentException("requestsPerSecond must be above 0, was " + requestsPerSecond);
    }
    if (burst < 1) {
      throw new IllegalArgumentException("burst must be at least 1, was " + burst);
    }
    return new RateLimitMode(Kind.FIXED, requestsPerSecond, burst);
  }

  /**
   * Whether this mode paces at all.
   *
   * @return {@code false} for {@link #off()}
   */
  public boolean isOn() {
    return kind != Kind.OFF;
  }

  /**
   * A new limiter for one client.
   *
   * @param nanoTime the monotonic clock in nanoseconds ({@code System::nanoTime} in production)
   * @return the limiter
   * @throws IllegalStateException for {@link #off()}, which needs none
   */
  public RateLimiter newLimiter(LongSupplier nanoTime) {
    // Comparisons, not a switch: a switch on an enum adds a class, loaded by every client's build.
    if (kind == Kind.FIXED) {
      return RateLimiter.fixed(requestsPerSecond, burst, nanoTime);
    }
    if (kind == Kind.ADAPTIVE) {
      return RateLimiter.adaptive(nanoTime);
    }
    throw new IllegalStateException("rate limiting is off");
  }

  @Override
  public String toString() {
    if (kind == Kind.FIXED) {
      return "RateLimitMode.fixed(" + requestsPerSecond + "/s, burst " + burst + ")";
    }
    return kind == Kind.ADAPTIVE ? "RateLimitMode.adaptive()" : "RateLimitMode.off()";
  }
}
