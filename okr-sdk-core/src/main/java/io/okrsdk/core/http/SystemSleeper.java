package io.okrsdk.core.http;

import io.okrsdk.core.http.Sleeper;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** {@link Sleeper#SYSTEM}: sleeps in short slices so that a cancelled call stops waiting at once. */
final class SystemSleeper implements Sleeper {
  private static final long SLICE_MILLIS = 20;

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    Thread.sleep(duration.toMillis());
  }

  @Override
  public void sleep(Duration duration, BooleanSupplier stop) throws InterruptedException {
    long end = System.nanoTime() + duration.toNanos();
    for (long left = duration.toNanos(); left > 0 && !stop.getAsBoolean(); left = end - System.nanoTime()) {
      Thread.sleep(Math.max(1, Math.min(SLICE_MILLIS, left / 1_000_000)));
    }
  }

  @Override
  public String toString() {
    return "Sleeper.SYSTEM";
  }
}
