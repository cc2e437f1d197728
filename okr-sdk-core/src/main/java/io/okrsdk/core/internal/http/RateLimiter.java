package io.okrsdk.core.internal.http;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * One client's budget of requests: a schedule of send slots that every attempt draws from, and, in
 * adaptive mode, the rules that learn the server's rate from its answers.
 *
 * <p>Pacing hands out send times in the order callers ask (a reservation, then a wait outside any
 * lock), so sync callers, async calls, prefetch and paging threads share one queue of evenly
 * spaced slots, are served first come, first served, and nobody starves.
 *
 * <p>Adaptive mode measures the server's token bucket instead of guessing it:
 *
 * <ul>
 *   <li>Until the first sign of throttling nothing is paced: {@link #reserve(boolean)} reads one
 *       volatile field and returns, and each response costs one atomic increment and one array
 *       store.
 *   <li>A request the server refuses arrived when the server's bucket was empty. Between two such
 *       moments the bucket refilled exactly what the server accepted (give or take one request).
 *       The limiter replays the accepted requests' send times through a simulated bucket and
 *       searches the refill rate that leaves it empty again at the second refusal: the
 *       <em>estimate</em>. Simulating, rather than dividing requests by time, accounts for what
 *       overflowed while callers sent less than allowed (waiting out a {@code Retry-After}, say).
 *       The bucket's size is read from the burst the server accepted just before the first
 *       refusal. 429s for requests sent before the client saw the previous throttle are the same
 *       signal and are not counted again.
 *   <li>The first throttle has no earlier refusal to measure from, so the client paces at the rate
 *       the server accepted so far (over at least a second) and adds that rate again every {@value
 *       #SLOW_START_SECONDS} s (slow start) until the next refusal gives the estimate.
 *   <li>After every throttle the client starts at {@value #RESUME_SHARE} of the estimate, so the
 *       server's bucket fills a little again, approaches the estimate over {@value
 *       #APPROACH_SECONDS} s, then probes past it by {@value #PROBE_PER_SECOND} of it each second,
 *       so a raised limit is found again. A refusal within {@value #MIN_ROUND_MILLIS} ms of the last
 *       one is too short to measure and cuts the estimate to {@value #RESUME_SHARE} of itself.
 *   <li>The rate grows only while it is used: never past twice the slots handed out over the last
 *       second, so an idle client does not climb to a rate it never tried.
 *   <li>A throttle withdraws the slots already promised at the old rate: callers waiting for one
 *       take a new one ({@link #generation()}), so nothing goes out at a rate the server just
 *       refused.
 *   <li>There is no burst: one send slot is saved up at most, so the server's own burst stays in
 *       its bucket as a margin against timing noise.
 *   <li>A {@code Retry-After} longer than one second, or a spent budget's reset time, pauses the
 *       whole schedule: nobody sends until then, except the retry of the refused request itself:
 *       the retry policy already made it wait, so it goes at once when its slot is at most one
 *       interval away or no other caller holds a slot ahead of it (the slot it takes delays the
 *       callers after it), and otherwise waits for its slot, so that many requests refused
 *       together do not come back together. One second is the shortest wait the header can say,
 *       and a per-second token bucket says it for a 50 ms gap; the rate learning already slows
 *       the client for that.
 * </ul>
 *
 * <p>The limiter never re-sends anything: a 429 still goes to the retry policy, within the caller's
 * budget. Its job is to avoid the 429 in the first place.
 *
 * <p>Thread-safe. Time is read from the given monotonic nanosecond clock, so tests drive it.
 */
public final class RateLimiter {
  /**
   * Seconds in which slow start adds its starting rate again. Linear, not doubling: the rate
   * passes the server's by less when the server's bucket runs dry, so fewer requests already on
   * their way are refused.
   */
  static final double SLOW_START_SECONDS = 0.5;
  /** Share of the estimate the client paces at right after a throttle. */
  static final double RESUME_SHARE = 0.97;
  /** Seconds to climb from {@code RESUME_SHARE × estimate} to the estimate. */
  static final double APPROACH_SECONDS = 2;
  /** Share of the estimate added each second once past it, while nothing is refused. */
  static final double PROBE_PER_SECOND = 0.01;
  /** The shortest time between two refusals that gives an estimate. */
  static final long MIN_ROUND_MILLIS = 500;
  /** The most one measurement raises a known estimate by. */
  static final double MAX_RISE = 1.25;
  /** The slowest the client paces, in requests a second. */
  static final double MIN_RATE = 0.5;
  /** The longest pause a server's answer can impose on the whole client. */
  static final Duration MAX_PAUSE = Duration.ofSeconds(60);

  private static final double NANOS = 1e9;
  private static final long MIN_ROUND_NANOS = MIN_ROUND_MILLIS * 1_000_000L;
  /** Requests sent this close together reach the server in any order. */
  private static final long SAME_BURST_NANOS = 5_000_000L;
  /** Accepted requests sent this close before the first refused one are read as the server's burst. */
  private static final long BURST_NANOS = 20_000_000L;

  private final boolean adaptive;
  private final LongSupplier nanoTime;
  private final double fixedBurst;
  /** Requests the server accepted before the schedule was on; read once, at the first throttle. */
  private final AtomicLong acceptedBeforeThrottling = new AtomicLong();
  /** When the last requests accepted before the first throttle were sent (racy, read once). */
  private final long[] recent = new long[64];
  private volatile long firstSend = Long.MIN_VALUE;
  private volatile boolean on;

  // The schedule, guarded by this.
  private double rate = Double.POSITIVE_INFINITY;
  private double capacity;
  private double stored;
  private long nextFree;
  private long pausedUntil;
  private long throttles;

  // Adaptive learning, guarded by this.
  /** No estimate yet: slow start from {@link #slowStartRate}. */
  private boolean learning;
  private double slowStartRate;
  private double estimate = Double.NaN;
  /** When the current phase (slow start, or approach and probe) began. */
  private long phaseStart;
  /** When the client last saw a throttle: refusals of requests sent before it are that signal. */
  private long lastThrottleSeen = Long.MIN_VALUE;
  /** When the request the server last refused was sent: its bucket was empty then. */
  private long emptyAt;
  /** Requests sent since {@link #emptyAt} that the server accepted. */
  private long acceptedSinceEmpty;
  /** When the requests counted in {@link #acceptedSinceEmpty} were sent: a ring. */
  private final long[] acceptedAt = new long[1024];
  private int acceptedHead;
  /** The requests accepted in the burst the first refusal ended, and when they were sent. */
  private int burstAccepted;
  private long burstFirst;
  private long burstLast;
  /** Changes whenever promised slots are withdrawn (a throttle, a pause). */
  private volatile int generation;
  /** The send times of the last slots handed out: a ring, newest at {@code head - 1}. */
  private final long[] slots = new long[64];
  private int head;

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
   *     policy already made it wait (its backoff or the server's {@code Retry-After}), so it is not
   *     held by a pause, and when its slot is at most one interval away it goes at once (the
   *     callers after it wait for the slot it took); further back it waits for its slot
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
        // Not a whole slot saved: this request's slot is when the missing part has refilled.
        nextFree += (long) ((1 - stored) / rate * NANOS);
        stored = 0;
      }
      long slot = Math.max(now, nextFree);
      // The retry of a refused request was already spaced by the retry policy (backoff or
      // Retry-After): when its slot is at most one interval away, or no caller holds a slot ahead
      // of it, it goes now, and the slot it borrowed delays the callers after it. Further back in
      // the queue it waits like everyone: many requests refused together must not come back
      // together and be refused again.
      long send = slot;
      if (pastPause && (slot - now <= (long) (NANOS / rate) || !slotAheadOf(now))) {
        send = now;
      }
      // The slot, not the send time: a borrowed slot is still ahead for the callers after it.
      slots[head] = slot;
      head = (head + 1) % slots.length;
      return send - now;
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
      recent[(int) (acceptedBeforeThrottling.getAndIncrement() & (recent.length - 1))] = sentAt;
      return;
    }
    long now = nanoTime.getAsLong();
    synchronized (this) {
      if (!throttled) {
        if (adaptive && on && sentAt > emptyAt + SAME_BURST_NANOS) {
          acceptedAt[acceptedHead] = sentAt;
          acceptedHead = (acceptedHead + 1) % acceptedAt.length;
          acceptedSinceEmpty++;
        }
        if (adaptive && learning && throttles == 1 && sentAt < lastThrottleSeen) {
          // Sent before the first throttle was seen (the rest of the burst it ended): the server
          // accepted it before its bucket ran dry, so it counts toward the rate slow start begins at.
          acceptedBeforeThrottling.incrementAndGet();
          if (Math.abs(sentAt - emptyAt) <= BURST_NANOS) {
            addToBurst(sentAt);
          }
          double startRate = slowStartRate(now);
          if (startRate > slowStartRate) {
            slowStartRate = startRate;
            setRate(Math.max(rate, startRate), now);
          }
        }
        if (headers != null) {
          applyCeiling(headers.sustainableRate(), now, sentAt);
        }
        return;
      }
      Duration pause = retryAfter != null && retryAfter.compareTo(Duration.ofSeconds(1)) > 0 ? retryAfter : null;
      if (headers != null && headers.spent() && (pause == null || headers.reset().compareTo(pause) > 0)) {
        pause = headers.reset();
      }
      if (pause != null) {
        long until = now + Math.min(pause.toNanos(), MAX_PAUSE.toNanos());
        if (until > pausedUntil) {
          pausedUntil = until;
          generation++;
        }
      }
      if (!on) {
        throttles++;
        startPacing(now, sentAt);
        return;
      }
      if (!adaptive) {
        throttles++;
        return;
      }
      if (sentAt < lastThrottleSeen + SAME_BURST_NANOS) {
        // Sent before the client saw the last throttle (or in the instant it did): the same signal.
        return;
      }
      throttles++;
      learnFromRefusal(now, sentAt);
      if (headers != null) {
        applyCeiling(headers.sustainableRate(), now, sentAt);
      }
    }
  }

  /** A new refusal: measure the server's rate since the last one and start the next phase. */
  private void learnFromRefusal(long now, long sentAt) {
    climb(now);
    long round = sentAt - emptyAt;
    if (round >= MIN_ROUND_NANOS) {
      // The bucket size and the rate depend on each other. The bucket is sized with the rate that
      // ignores overflow (a lower bound), which leaves it at its largest and the fitted rate at its
      // lowest: iterating further would feed a high rate back into a small bucket and overshoot.
      double lowerBound = fitRate(emptyAt, sentAt, Double.POSITIVE_INFINITY);
      double fitted = fitRate(emptyAt, sentAt, bucketSize(lowerBound));
      // One round moves a known estimate up by a quarter at most: requests bunched by thread
      // scheduling can make a small bucket look like a fast one, and a real rise is found again
      // by the probe anyway.
      if (!Double.isNaN(estimate)) {
        fitted = Math.min(fitted, MAX_RISE * Math.max(estimate, rate));
      }
      estimate = Math.max(MIN_RATE, fitted);
      learning = false;
    } else if (learning) {
      // Refused again soon after slow start began: start it again from half the rate.
      slowStartRate = Math.max(MIN_RATE, rate / 2);
    } else {
      estimate = Math.max(MIN_RATE, estimate * RESUME_SHARE);
    }
    newRound(now, sentAt);
    setRate(learning ? slowStartRate : estimate * RESUME_SHARE, now);
    // The server's bucket is empty and requests already in flight drain what refills: nothing is
    // saved up, the next slot is one interval away, and callers holding a slot promised at the old
    // rate take a new one.
    stored = 0;
    nextFree = now + (long) (NANOS / rate);
    generation++;
  }

  private void newRound(long now, long sentAt) {
    emptyAt = sentAt;
    acceptedSinceEmpty = 0;
    lastThrottleSeen = now;
    phaseStart = now;
  }

  /**
   * The refill rate of a token bucket of {@code bucketSize} that was empty when the request sent
   * at {@code from} arrived, accepted every request the client sent since, and was empty again
   * when the request sent at {@code to} arrived. Simulating the bucket (rather than dividing the
   * requests by the time) accounts for what overflowed while callers sent less than it allowed.
   */
  private double fitRate(long from, long to, double bucketSize) {
    double seconds = (to - from) / NANOS;
    if (acceptedSinceEmpty > acceptedAt.length) {
      return acceptedSinceEmpty / seconds;
    }
    int n = (int) acceptedSinceEmpty;
    long[] times = new long[n];
    for (int i = 0; i < n; i++) {
      times[i] = acceptedAt[(acceptedHead - n + i + acceptedAt.length) % acceptedAt.length];
    }
    java.util.Arrays.sort(times);
    double low = MIN_RATE;
    double high = Math.max(2 * MIN_RATE, 4 * (n + 2) / seconds);
    for (int i = 0; i < 50; i++) {
      double mid = (low + high) / 2;
      if (tokensLeft(mid, from, to, times, bucketSize) < 0.5) {
        low = mid;
      } else {
        high = mid;
      }
    }
    return (low + high) / 2;
  }

  /** Tokens the simulated bucket holds at {@code to}; half a token at {@code from}. */
  private static double tokensLeft(double rate, long from, long to, long[] times, double bucketSize) {
    double perNano = rate / NANOS;
    double tokens = 0.5;
    long t = from;
    for (long at : times) {
      // No floor at 0: a rate too low to have paid for the accepted requests runs into debt, so
      // the tokens left grow with the rate and the search finds the one rate that fits.
      tokens = Math.min(bucketSize, tokens + (at - t) * perNano) - 1;
      t = at;
    }
    return Math.min(bucketSize, tokens + (to - t) * perNano);
  }

  /** The first throttle: nothing was measured yet, so start from what the server accepted. */
  private void startPacing(long now, long sentAt) {
    slowStartRate = slowStartRate(now);
    learning = true;
    capacity = 1;
    stored = 1;
    nextFree = now;
    rate = slowStartRate;
    phaseStart = now;
    lastThrottleSeen = now;
    emptyAt = sentAt;
    acceptedSinceEmpty = 0;
    burstFirst = sentAt;
    burstLast = sentAt;
    burstAccepted = 0;
    long known = Math.min(acceptedBeforeThrottling.get(), recent.length);
    for (int i = 0; i < known; i++) {
      if (Math.abs(recent[i] - sentAt) <= BURST_NANOS) {
        addToBurst(recent[i]);
      }
    }
    generation++;
    on = true;
  }

  private void addToBurst(long sentAt) {
    burstAccepted++;
    burstFirst = Math.min(burstFirst, sentAt);
    burstLast = Math.max(burstLast, sentAt);
  }

  /**
   * The server's bucket size for a refill rate: the requests it accepted in the burst that ended in
   * the first refusal, less what refilled while that burst went out.
   */
  private double bucketSize(double rate) {
    // At least half the burst: a burst spread out by thread scheduling must not shrink the bucket
    // to nothing, which would read every pair of close sends as a very fast server.
    return Math.max(Math.max(2, burstAccepted / 2.0), burstAccepted - rate * (burstLast - burstFirst) / NANOS);
  }

  /**
   * Changes whenever slots already handed out are withdrawn: a caller that waited for its slot
   * and finds the generation changed takes a new slot.
   *
   * @return the generation
   */
  public int generation() {
    return generation;
  }

  /** Requests a second the server accepted before the first throttle, over at least a second. */
  private double slowStartRate(long now) {
    long since = firstSend == Long.MIN_VALUE ? now : firstSend;
    double seconds = Math.max(1.0, (now - since) / NANOS);
    return Math.max(MIN_RATE, acceptedBeforeThrottling.get() / seconds);
  }

  /** Rate-limit headers tell a rate that spends the rest of the budget evenly: never exceed it. */
  private void applyCeiling(double ceiling, long now, long sentAt) {
    if (Double.isNaN(ceiling)) {
      return;
    }
    double capped = Math.max(MIN_RATE, ceiling);
    boolean first = !on;
    if (first) {
      startPacing(now, sentAt);
    }
    if (first || capped < rate) {
      learning = false;
      estimate = capped / RESUME_SHARE;
      phaseStart = now;
      setRate(capped, now);
    }
  }

  /** Raises the rate along slow start, or the approach to the estimate and the probe past it. */
  private void climb(long now) {
    if (!adaptive) {
      return;
    }
    double t = Math.max(0, (now - phaseStart) / NANOS);
    double target;
    if (learning) {
      target = slowStartRate * (1 + t / SLOW_START_SECONDS);
    } else if (t < APPROACH_SECONDS) {
      target = estimate * (RESUME_SHARE + (1 - RESUME_SHARE) * t / APPROACH_SECONDS);
    } else {
      target = estimate * (1 + PROBE_PER_SECOND * (t - APPROACH_SECONDS));
    }
    // Like a congestion window that is not used, a rate the callers do not use says nothing about
    // the server: the rate grows no further than twice what they used over the last second.
    double floor = learning ? slowStartRate : estimate * RESUME_SHARE;
    target = Math.min(target, Math.max(floor, 2 * usedRate(now)));
    if (target > rate) {
      setRate(target, now);
    }
  }

  /** Whether a slot handed out earlier is still ahead of {@code now}: a caller waits for it. */
  private boolean slotAheadOf(long now) {
    long newest = slots[(head - 1 + slots.length) % slots.length];
    return newest > now;
  }

  /** Slots handed out for the last second (those still ahead included), a second. */
  private double usedRate(long now) {
    int count = 0;
    for (int i = 1; i <= slots.length; i++) {
      long slot = slots[(head - i + slots.length) % slots.length];
      if (slot == 0 || slot < now - (long) NANOS) {
        break;
      }
      count++;
    }
    return count;
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
    // Adaptive: no burst; the server's own burst stays as a margin.
    capacity = adaptive ? 1 : fixedBurst;
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
   * The server's rate as last measured between two refusals.
   *
   * @return requests a second, or {@code NaN} before two throttles gave a measurement
   */
  public synchronized double estimate() {
    return estimate;
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
        + ", estimate=" + String.format("%.2f/s", estimate) + ", throttles=" + throttles + "}";
  }
}
