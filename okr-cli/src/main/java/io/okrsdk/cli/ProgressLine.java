package io.okrsdk.cli;

import java.io.PrintStream;
import java.util.function.LongSupplier;

/**
 * Export progress on stderr, redrawn in place: a count of objectives and key results so far. It
 * shows only for long exports (after the first second), and only when stderr is a terminal or
 * {@code --progress} asks for it, so pipes and logs stay clean.
 */
final class ProgressLine {
  private static final long QUIET_NANOS = 1_000_000_000L;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintStream err;
  private final boolean enabled;
  private final LongSupplier clock;
  private final long started;
  private long lastDrawn;
  private boolean drawn;

  ProgressLine(PrintStream err, boolean enabled, LongSupplier nanoClock) {
    this.err = err;
    this.enabled = enabled;
    this.clock = nanoClock;
    this.started = nanoClock.getAsLong();
  }

  void update(long objectives, long keyResults) {
    if (!enabled) {
      return;
    }
    long now = clock.getAsLong();
    if (now - started < QUIET_NANOS || (drawn && now - lastDrawn < REDRAW_NANOS)) {
      return;
    }
    draw(objectives, keyResults, now);
  }

  void finish(long objectives, long keyResults) {
    if (drawn) {
      draw(objectives, keyResults, clock.getAsLong());
      err.println();
    }
  }

  private void draw(long objectives, long keyResults, long now) {
    double seconds = Math.max(1e-9, (now - started) / 1e9);
    err.print(String.format(java.util.Locale.ROOT, "\rexporting: %,d objectives, %,d key results (%,.0f objectives/s)",
        objectives, keyResults, objectives / seconds));
    err.flush();
    lastDrawn = now;
    drawn = true;
  }
}
