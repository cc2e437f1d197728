package io.okrsdk.core.internal.http;

import io.okrsdk.core.http.Sleeper;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * A caller's own {@link Sleeper}, and the time it skipped. A sleeper that returns before its wait
 * is over on the pacing clock (a test's recording sleeper returns at once; a test's clock may
 * stand still) skips the rest of the wait; the rate limiter's clock moves on by what was skipped,
 * so the limiter sees a wait as over once the sleeper returns, as it would be with real sleeping. Without it, a recording sleeper's waits
 * would depend on how fast the machine runs: after a 429 the limiter would still be waiting out
 * a pause the retry had "slept" through, and add a wait of its own.
 *
 * <p>Only a caller's own sleeper is wrapped: {@link Sleeper#SYSTEM} sleeps what it is asked.
 */
public final class SkippedTimeSleeper implements Sleeper {
  private final Sleeper sleeper;
  private final LongSupplier clock;
  private final AtomicLong skippedNanos = new AtomicLong();
  private final LongSupplier pacingClock = new PacingClock();

  /**
   * Wraps a sleeper.
   *
   * @param sleeper the caller's sleeper
   * @param clock the monotonic clock in nanoseconds that a wait is measured against
   */
  public SkippedTimeSleeper(Sleeper sleeper, LongSupplier clock) {
    this.sleeper = sleeper;
    this.clock = clock;
  }

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    long end = pacingClock.getAsLong() + duration.toNanos();
    sleeper.sleep(duration);
    reach(end);
  }

  @Override
  public void sleep(Duration duration, BooleanSupplier stop) throws InterruptedException {
    long end = pacingClock.getAsLong() + duration.toNanos();
    sleeper.sleep(duration, stop);
    // A wait cut short because the call was cancelled skipped nothing: the time did not pass.
    if (!stop.getAsBoolean()) {
      reach(end);
    }
  }

  /**
   * Moves the pacing clock on to at least the end of a wait, never back. Waits of several threads
   * at once overlap, as real sleeps would: two threads that each wait a second from the same moment
   * move the clock on by one second, not two.
   */
  private void reach(long end) {
    long needed = end - clock.getAsLong();
    long skipped;
    do {
      skipped = skippedNanos.get();
    } while (needed > skipped && !skippedNanos.compareAndSet(skipped, needed));
  }

  /**
   * The clock the rate limiter paces by: the given clock plus the time skipped so far.
   *
   * @return the clock in nanoseconds
   */
  public LongSupplier pacingClock() {
    return pacingClock;
  }

  /**
   * The time skipped so far: how far the pacing clock is ahead of the given one.
   *
   * @return nanoseconds
   */
  public long skippedNanos() {
    return skippedNanos.get();
  }

  @Override
  public String toString() {
    return sleeper.toString();
  }

  private final class PacingClock implements LongSupplier {
    @Override
    public long getAsLong() {
      return clock.getAsLong() + skippedNanos.get();
    }
  }
}
