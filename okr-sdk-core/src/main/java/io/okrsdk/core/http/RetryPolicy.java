package io.okrsdk.core.http;

import java.time.Duration;
import java.util.Objects;

/**
 * When and how long to wait before retrying: the budget, the exponential backoff with jitter, and
 * the longest {@code Retry-After} the SDK will honour before giving the error to the caller.
 */
public final class RetryPolicy {
  /** The defaults: 2 retries, backoff from 500 ms to 8 s, Retry-After honoured up to 60 s. */
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(2, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(60));

  private final int maxRetries;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration maxRetryAfter;

  /**
   * Creates a policy.
   *
   * @param maxRetries retries after the first attempt; 0 turns retrying off
   * @param initialBackoff the wait before the first retry (before jitter)
   * @param maxBackoff the longest computed wait
   * @param maxRetryAfter the longest server-requested wait honoured; a longer one ends retrying
   */
  public RetryPolicy(int maxRetries, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must be 0 or more, was " + maxRetries);
    }
    this.maxRetries = maxRetries;
    this.initialBackoff = requirePositive(initialBackoff, "initialBackoff");
    this.maxBackoff = requirePositive(maxBackoff, "maxBackoff");
    this.maxRetryAfter = requirePositive(maxRetryAfter, "maxRetryAfter");
  }

  private static Duration requirePositive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, was " + value);
    }
    return value;
  }

  /**
   * Retries after the first attempt.
   *
   * @return the budget
   */
  public int maxRetries() {
    return maxRetries;
  }

  /**
   * The longest server-requested wait honoured.
   *
   * @return the cap
   */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /**
   * The policy with another retry budget.
   *
   * @param retries the budget
   * @return a new policy
   */
  public RetryPolicy withMaxRetries(int retries) {
    return new RetryPolicy(retries, initialBackoff, maxBackoff, maxRetryAfter);
  }

  /**
   * The policy with other backoff bounds.
   *
   * @param initial the first wait
   * @param max the longest computed wait
   * @return a new policy
   */
  public RetryPolicy withBackoff(Duration initial, Duration max) {
    return new RetryPolicy(maxRetries, initial, max, maxRetryAfter);
  }

  /**
   * The policy with another cap on {@code Retry-After}.
   *
   * @param cap the longest honoured wait
   * @return a new policy
   */
  public RetryPolicy withMaxRetryAfter(Duration cap) {
    return new RetryPolicy(maxRetries, initialBackoff, maxBackoff, cap);
  }

  /**
   * The wait before retry number {@code retry} (0-based): exponential, capped, with "equal jitter"
   * (half fixed, half random) so many clients do not retry in step.
   *
   * @param retry which retry, from 0
   * @param random a number in [0, 1)
   * @return the wait
   */
  public Duration backoff(int retry, double random) {
    long base = initialBackoff.toMillis();
    long exponential = retry >= 30 ? Long.MAX_VALUE : base << retry;
    long capped = Math.min(exponential < 0 ? Long.MAX_VALUE : exponential, maxBackoff.toMillis());
    long half = capped / 2;
    return Duration.ofMillis(half + (long) (random * (capped - half)));
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxRetries=" + maxRetries + ", initialBackoff=" + initialBackoff + ", maxBackoff="
        + maxBackoff + ", maxRetryAfter=" + maxRetryAfter + "}";
  }
}
