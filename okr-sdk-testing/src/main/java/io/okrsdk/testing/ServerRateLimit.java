package io.okrsdk.testing;

import java.time.Duration;

/**
 * The server side of a rate limit: one token bucket for all requests to a fake, with counters.
 * Thread-safe. Measured with {@link System#nanoTime()}, like a real server's clock.
 */
final class ServerRateLimit {
  private boolean on;
  private double ratePerNano;
  private double burst;
  private double tokens;
  private long lastRefill;
  private long accepted;
  private long refused;

  synchronized void start(double requestsPerSecond, int burst) {
    if (!(requestsPerSecond > 0) || Double.isInfinite(requestsPerSecond)) {
      throw new IllegalArgumentException("requestsPerSecond must be above 0, was " + requestsPerSecond);
    }
    if (burst < 1) {
      throw new IllegalArgumentException("burst must be at least 1, was " + burst);
    }
    this.on = true;
    this.ratePerNano = requestsPerSecond / 1e9;
    this.burst = burst;
    this.tokens = burst;
    this.lastRefill = System.nanoTime();
    this.accepted = 0;
    this.refused = 0;
  }

  synchronized void stop() {
    on = false;
  }

  /** {@code null} when the request may pass (a token was taken), else the wait until a token. */
  synchronized Duration tryAcquire() {
    if (!on) {
      return null;
    }
    long now = System.nanoTime();
    tokens = Math.min(burst, tokens + (now - lastRefill) * ratePerNano);
    lastRefill = now;
    if (tokens >= 1) {
      tokens -= 1;
      accepted++;
      return null;
    }
    refused++;
    return Duration.ofNanos((long) Math.ceil((1 - tokens) / ratePerNano));
  }

  synchronized long accepted() {
    return accepted;
  }

  synchronized long refused() {
    return refused;
  }
}
