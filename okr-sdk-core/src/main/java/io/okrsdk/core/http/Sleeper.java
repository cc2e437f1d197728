package io.okrsdk.core.http;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits between retries; tests pass one that records the waits instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
  /** Sleeps on the calling thread, and stops as soon as the call is cancelled. */
  Sleeper SYSTEM = new SystemSleeper();

  /**
   * Waits for the given time.
   *
   * @param duration how long
   * @throws InterruptedException when the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * Waits for the given time, or less once {@code stop} says so (the call was cancelled). The
   * retry loop waits through this method; the default ignores {@code stop} and calls {@link
   * #sleep(Duration)}, which suits sleepers that return at once (tests).
   *
   * @param duration how long at most
   * @param stop polled while waiting; {@code true} ends the wait
   * @throws InterruptedException when the thread is interrupted while waiting
   */
  default void sleep(Duration duration, BooleanSupplier stop) throws InterruptedException {
    sleep(duration);
  }
}
