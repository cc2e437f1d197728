package io.okrsdk.core.internal.http;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * One client's budget of requests: a token bucket that every attempt draws from, and, in adaptive
 * mode, the rules that learn the bucket's rate from the server's answers.
 *
 * <p>Pacing hands out send times in the order callers ask (a reservation, then a wait outside any
 * lock), so sync callers, async calls and paging threads are served first come, first served and
 * nobody starves.
 *
 * <p>Adaptive mode, modelled on congestion control (CUBIC) as AWS SDKs use it for throttling:
 *
 * <ul>
 *   <li>Until the first sign of throttling the bucket is off: {@link #reserve(boolean)} reads one
 *       volatile field and returns, and each response costs one atomic increment.
 *   <li>A 429 (or rate-limit headers saying the budget is spent) starts a <em>round</em>. The
 *       ceiling {@code wMax} becomes the lower of the rate the client was pacing at and the rate
 *       the server accepted over the last second (what it really allows while the client pushes
 *       against the limit); the rate drops to {@code BETA × wMax}. Answers to requests sent before
 *       the round began are not counted again: one burst of 429s is one signal.
 *   <li>The first throttle has nothing to go on but the requests accepted so far, so the rate
 *       starts there and doubles every {@code SLOW_START_SECONDS} (slow start) until the next
 *       throttle gives a real measurement.
 *   <li>While no throttling follows, the rate climbs back toward {@code wMax} along a cubic curve,
 *       flat near {@code wMax} for most of {@code CLIMB_SECONDS}, then probes past it ever faster,
 *       so a raised limit is found again.
 *   <li>A {@code Retry-After} longer than one second, or a spent budget's reset time, pauses the
 *       whole bucket: nobody sends until then, except the retry of the refused request itself (the
 *       retry policy already made it wait; it takes a token without waiting for its slot). One second is the shortest wait the header can say,
 *       and a per-second token bucket says it for a 50 ms gap; the rate learning already slows
 *       the client for that, and stopping everyone for a whole second would waste the budget.
 * </ul>
 *
 * <p>Thread-safe. Time is read from the given monotonic nanosecond clock, so tests drive it.
 */
public final class RateLimiter {
  /** Share of the ceiling the rate drops to after throttling. */
  static final double BETA = 0.85;
  /** Seconds the cubic curve takes to climb from {@code BETA × wMax} back to {@code wMax}. */
  static final double CLIMB_SECONDS = 8;
  /** Seconds in which slow start doubles the rate. */
  static final double SLOW_START_SECONDS = 0.25;
  /** The window over which the server's accepted rate is measured. */
  static final long WINDOW_NANOS = 1_000_000_000L;
  /** The slowest the client paces, in requests a second. */
  static final double MIN_RATE = 0.5;
  /** The longest pause a server's answer can impose on the whole client. */
  static final Duration MAX_PAUSE = Duration.ofSeconds(60);

  private static final double NANOS = 1e9;

  private final boolean adaptive;
  private final LongSupplier nanoTime;
  private final double fixedBurst;
  /** Requests the server accepted before the bucket was on; read once, at the first throttle. */
  private final AtomicLong acceptedBeforeThrottling = new AtomicLong();
  private volatile long firstSend = Long.MIN_VALUE;
  private volatile boolean on;

  // Guarded by this.
  private double rate = Double.POSITIVE_INFINITY;
  private double capacity;
  private double stored;
  private long nextFree;
  private long pausedUntil;
  private boolean slowStart;
  private double wMax;
  private long roundStart;
  private double roundStartRate;
  private long throttles;
  /** When the last accepted answers arrived, while pacing: a ring, newest at {@code head - 1}. */
  private final long[] acceptedAt = new long[256];
  private int head;
  private int filled;
  private long pacingSince;

  private RateLimiter(boolean adaptive, double rate, double burst, LongSupplier nanoTime) {
    this.adaptive = adaptive;
    this.nanoTime = nanoTime;
    this.fixedBurst = burst;
    if (!adaptive) {
      this.rate = rate;
      this.capacity = burst;
      this.stored = burst;
      this.nextFree = nanoTime.getAsLong();
      this.on = true;
    }
  }

  /**
   * A limiter that learns the server's rate.
   *
   * @param nanoTime the monotonic clock in nanoseconds
   * @return the limiter
   */
  public static RateLimiter adaptive(LongSupplier nanoTime) {
    return new RateLimiter(true, Double.POSITIVE_INFINITY, 0, nanoTime);
  }

  /**
   * A limiter with a fixed rate and burst.
   *
   * @param requestsPerSecond the rate
   * @param burst the bucket's size
   * @param nanoTime the monotonic clock in nanoseconds
   * @return the limiter
   */
  public static RateLimiter fixed(double requestsPerSecond, int burst, LongSupplier nanoTime) {
    return new RateLimiter(false, requestsPerSecond, burst, nanoTime);
  }

  /**
   * Takes the next send slot.
   *
   * @param pastPause {@code true} for the retry of a request the server refused with 429: the retry
   *     policy already made it wait (its backoff or the server's {@code Retry-After}), so it is
   *     neither held by a pause nor made to wait for its slot; it still takes a token, which the
   *     callers after it wait for
   * @return nanoseconds to wait before sending, 0 to send now
   */
  public long reserve(boolean pastPause) {
    if (!on) {
      if (firstSend == Long.MIN_VALUE) {
        firstSend = nanoTime.getAsLong();
      }
      return 0;
    }
    long now = nanoTime.getAsLong();
    synchronized (this) {
      climb(now);
      long start = now;
      if (!pastPause && pausedUntil > now) {
        start = pausedUntil;
        if (nextFree < pausedUntil) {
          // The server asked for quiet: nothing was saved up during the pause.
          nextFree = pausedUntil;
          stored = 0;
        }
      }
      if (start > nextFree) {
        stored = Math.min(capacity, stored + (start - nextFree) * rate / NANOS);
        nextFree = start;
      }
      if (stored >= 1) {
        stored -= 1;
      } else {
        // Not a whole token saved: this request's slot is when the missing part has refilled.
        nextFree += (long) ((1 - stored) / rate * NANOS);
        stored = 0;
      }
      // The retry of a refused request was already spaced by the retry policy (backoff or
      // Retry-After): it goes now, and the token it borrowed delays the callers after it.
      return pastPause ? 0 : Math.max(0, nextFree - now);
    }
  }

  /**
   * Learns from one answer.
   *
   * @param sentAt when the request was sent ({@code nanoTime} after its wait)
   * @param status the HTTP status
   * @param retryAfter the server's {@code Retry-After}, or {@code null}
   * @param headers the server's rate-limit headers, or {@code null} when it sent none
   */
  public void onResponse(long sentAt, int status, Duration retryAfter, RateLimitHeaders headers) {
    boolean throttled = status == 429 || (headers != null && headers.spent());
    if (!throttled && headers == null && !on) {
      acceptedBeforeThrottling.incrementAndGet();
      return;
    }
    long now = nanoTime.getAsLong();
    synchronized (this) {
      if (!throttled) {
        if (adaptive && on) {
          acceptedAt[head] = now;
          head = (head + 1) % acceptedAt.length;
          filled = Math.min(filled + 1, acceptedAt.length);
        }
        if (headers != null) {
          applyCeiling(headers.sustainableRate(), now);
        }
        return;
      }
      Duration pause = retryAfter != null && retryAfter.compareTo(Duration.ofSeconds(1)) > 0 ? retryAfter : null;
      if (headers != null && headers.spent() && (pause == null || headers.reset().compareTo(pause) > 0)) {
        pause = headers.reset();
      }
      if (pause != null) {
        long until = now + Math.min(pause.toNanos(), MAX_PAUSE.toNanos());
        pausedUntil = Math.max(pausedUntil, until);
      }
      if (!on) {
        throttles++;
        startPacing(now);
        return;
      }
      if (!adaptive) {
        throttles++;
        return;
      }
      if (sentAt < roundStart) {
        return;
      }
      throttles++;
      climb(now);
      wMax = Math.min(rate, acceptedRate(now));
      slowStart = false;
      setRate(Math.max(MIN_RATE, BETA * wMax), now);
      roundStart = now;
      roundStartRate = rate;
      if (headers != null) {
        applyCeiling(headers.sustainableRate(), now);
      }
    }
  }

  /**
   * The rate the server accepted over the last window (or over the time since pacing began, when
   * that is shorter, but at least a quarter window); infinite when nothing was recorded.
   */
  private double acceptedRate(long now) {
    int count = 0;
    for (int i = 1; i <= filled; i++) {
      if (now - acceptedAt[(head - i + acceptedAt.length) % acceptedAt.length] > WINDOW_NANOS) {
        break;
      }
      count++;
    }
    double seconds = Math.max(Math.min(now - pacingSince, WINDOW_NANOS), WINDOW_NANOS / 4) / NANOS;
    return count == 0 ? Double.POSITIVE_INFINITY : count / seconds;
  }

  /** The first throttle: nothing was learned yet, so start from what the server accepted. */
  private void startPacing(long now) {
    long since = firstSend == Long.MIN_VALUE ? now : firstSend;
    double seconds = Math.max(1.0, (now - since) / NANOS);
    double accepted = acceptedBeforeThrottling.get();
    wMax = Math.max(MIN_RATE, accepted / seconds);
    capacity = 1;
    stored = 1;
    nextFree = now;
    rate = wMax;
    slowStart = true;
    pacingSince = now;
    roundStart = now;
    roundStartRate = rate;
    on = true;
  }

  /** Rate-limit headers tell a rate that spends the rest of the budget evenly: never exceed it. */
  private void applyCeiling(double ceiling, long now) {
    if (Double.isNaN(ceiling)) {
      return;
    }
    double capped = Math.max(MIN_RATE, ceiling);
    if (!on) {
      startPacing(now);
      wMax = capped;
      slowStart = false;
      setRate(capped, now);
      roundStartRate = rate;
      return;
    }
    if (capped < rate) {
      wMax = capped;
      slowStart = false;
      setRate(capped, now);
      roundStart = now;
      roundStartRate = rate;
    }
  }

  /** Raises the rate along slow start or the cubic curve for the time since the round began. */
  private void climb(long now) {
    if (!adaptive) {
      return;
    }
    double t = Math.max(0, (now - roundStart) / NANOS);
    double target;
    if (slowStart) {
      target = roundStartRate * Math.pow(2, t / SLOW_START_SECONDS);
    } else {
      double x = t / CLIMB_SECONDS - 1;
      target = wMax * (1 + (1 - BETA) * x * x * x);
    }
    if (target > rate) {
      setRate(target, now);
    }
  }

  private void setRate(double newRate, long now) {
    if (now > nextFree) {
      stored = Math.min(capacity, stored + (now - nextFree) * rate / NANOS);
      nextFree = now;
    }
    if (nextFree > now) {
      // Slots already promised stay; the debt still ahead is repaid at the new rate, so a rate
      // learned low at the first throttle does not hold later callers once it has climbed.
      nextFree = now + (long) ((nextFree - now) * (rate / newRate));
    }
    rate = newRate;
    // Adaptive: at most one second's worth saved up, never a burst larger than the server allowed.
    capacity = adaptive ? Math.max(1, Math.min(rate, 10)) : fixedBurst;
    stored = Math.min(stored, capacity);
  }

  /**
   * The rate the client paces at now.
   *
   * @return requests a second; {@link Double#POSITIVE_INFINITY} while not pacing
   */
  public synchronized double currentRate() {
    if (!on) {
      return Double.POSITIVE_INFINITY;
    }
    climb(nanoTime.getAsLong());
    return rate;
  }

  /**
   * How often the server throttled this client (each burst of 429s counted once).
   *
   * @return the count
   */
  public synchronized long throttles() {
    return throttles;
  }

  static long toNanos(double seconds) {
    return (long) (seconds * NANOS);
  }

  @Override
  public synchronized String toString() {
    return "RateLimiter{" + (adaptive ? "adaptive" : "fixed") + ", rate=" + (on ? String.format("%.2f/s", rate) : "unpaced")
        + ", throttles=" + throttles + "}";
  }
}
