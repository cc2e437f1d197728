package io.okrsdk.testing;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * Faults a test switches on for a fake server: a fixed latency for every response, a rate limit
 * shared by all requests, and one-off failures for the next calls (error statuses with {@code
 * Retry-After}, dropped connections, truncated or malformed bodies). Thread-safe; faults queued
 * first are served first.
 */
public final class Faults {
  /** What the fake does instead of answering normally. */
  public enum Kind {
    /** Answer with an error status and, when given, a {@code Retry-After} header. */
    STATUS,
    /** Close the connection after the request was read, before any response. */
    DROP_CONNECTION,
    /**
     * Answer a successful request with its real status and headers and its body cut in half (valid
     * HTTP, broken JSON). An error answer or one without a body is served unchanged, and the fault
     * waits for the next successful answer.
     */
    TRUNCATED_BODY,
    /** Answer 200 with a body that is not JSON. */
    MALFORMED_JSON
  }

  /** One queued fault. */
  static final class Fault {
    final Kind kind;
    final int status;
    final Duration retryAfter;

    Fault(Kind kind, int status, Duration retryAfter) {
      this.kind = kind;
      this.status = status;
      this.retryAfter = retryAfter;
    }
  }

  private final Deque<Fault> queue = new ArrayDeque<>();
  private Duration latency = Duration.ZERO;
  private final ServerRateLimit rateLimit = new ServerRateLimit();

  Faults() {}

  /**
   * Limits every request to the fake with a token bucket shared by all callers: {@code
   * requestsPerSecond} tokens a second, at most {@code burst} saved up (the bucket starts full).
   * A request finding the bucket empty is answered 429 with a {@code Retry-After} in whole seconds
   * (rounded up) until a token is due; none of the vendors documents rate-limit headers, so the
   * fakes send none. Stays on until {@link #reset()}; calling it again restarts the bucket and the
   * counters.
   *
   * @param requestsPerSecond the sustained rate allowed, above 0
   * @param burst how many requests may arrive at once, at least 1
   * @return these faults
   */
  public Faults rateLimit(double requestsPerSecond, int burst) {
    rateLimit.start(requestsPerSecond, burst);
    return this;
  }

  /**
   * Requests the rate limit let through since it was switched on.
   *
   * @return the count
   */
  public long rateLimitAccepted() {
    return rateLimit.accepted();
  }

  /**
   * Requests the rate limit answered 429 since it was switched on.
   *
   * @return the count
   */
  public long rateLimitRefused() {
    return rateLimit.refused();
  }

  /**
   * Delays every response by a fixed time (until {@link #reset()}).
   *
   * @param latency the delay before the response headers
   * @return these faults
   */
  public synchronized Faults latency(Duration latency) {
    Objects.requireNonNull(latency, "latency");
    if (latency.isNegative()) {
      throw new IllegalArgumentException("latency must not be negative");
    }
    this.latency = latency;
    return this;
  }

  /**
   * Answers the next {@code calls} requests with {@code status} and a {@code Retry-After} in
   * seconds.
   *
   * @param calls how many requests
   * @param status the status, such as 429 or 503
   * @param retryAfter the wait to announce, or {@code null} for no header
   * @return these faults
   */
  public synchronized Faults failNext(int calls, int status, Duration retryAfter) {
    for (int i = 0; i < requireCalls(calls); i++) {
      queue.add(new Fault(Kind.STATUS, status, retryAfter));
    }
    return this;
  }

  /**
   * Drops the connection of the next {@code calls} requests after reading them.
   *
   * @param calls how many requests
   * @return these faults
   */
  public synchronized Faults dropNext(int calls) {
    return add(calls, Kind.DROP_CONNECTION);
  }

  /**
   * Cuts the body of the next {@code calls} successful answers in half, keeping their status. Error
   * answers (such as a 404 for an unknown id) and answers without a body are served unchanged and
   * do not count: a test of "not found" still sees its 404.
   *
   * @param calls how many requests
   * @return these faults
   */
  public synchronized Faults truncateNext(int calls) {
    return add(calls, Kind.TRUNCATED_BODY);
  }

  /**
   * Answers the next {@code calls} requests with a body that is not JSON.
   *
   * @param calls how many requests
   * @return these faults
   */
  public synchronized Faults malformNext(int calls) {
    return add(calls, Kind.MALFORMED_JSON);
  }

  /**
   * Switches every fault off.
   *
   * @return these faults
   */
  public synchronized Faults reset() {
    queue.clear();
    latency = Duration.ZERO;
    rateLimit.stop();
    return this;
  }

  synchronized Fault poll() {
    return queue.poll();
  }

  /** Puts a fault that did not apply back at the head of the queue. */
  synchronized void putBack(Fault fault) {
    queue.addFirst(fault);
  }

  /** Takes a token, or returns the wait until one is due when the rate limit refuses. */
  Duration rateLimitRefusal() {
    return rateLimit.tryAcquire();
  }

  synchronized Duration latency() {
    return latency;
  }

  private Faults add(int calls, Kind kind) {
    for (int i = 0; i < requireCalls(calls); i++) {
      queue.add(new Fault(kind, 200, null));
    }
    return this;
  }

  private static int requireCalls(int calls) {
    if (calls < 1) {
      throw new IllegalArgumentException("calls must be at least 1, was " + calls);
    }
    return calls;
  }
}
