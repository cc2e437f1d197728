package io.okrsdk.core.internal.http;

import java.time.Clock;
import java.time.Duration;
import okhttp3.Headers;

/**
 * The rate-limit headers a server may send, in the two common spellings: {@code
 * X-RateLimit-Limit/-Remaining/-Reset} (GitHub, Twitter and many others) and the IETF draft's
 * {@code RateLimit-Limit/-Remaining/-Reset} with {@code RateLimit-Policy: 100;w=60}. None of the
 * four OKR vendors documents such headers; the client reads them when present and ignores them
 * otherwise.
 *
 * <p>A reset above 1,000,000,000 is read as epoch seconds (as GitHub sends it), a smaller one as
 * seconds from now. Immutable.
 */
public final class RateLimitHeaders {
  private static final long EPOCH_SECONDS_THRESHOLD = 1_000_000_000L;

  private final long limit;
  private final long remaining;
  private final Duration reset;
  private final Duration window;

  private RateLimitHeaders(long limit, long remaining, Duration reset, Duration window) {
    this.limit = limit;
    this.remaining = remaining;
    this.reset = reset;
    this.window = window;
  }

  /**
   * Reads the headers of a response.
   *
   * @param headers the response headers
   * @param clock the clock an epoch-seconds reset is measured against
   * @return what they say, or {@code null} when the response has no readable rate-limit header
   */
  public static RateLimitHeaders parse(Headers headers, Clock clock) {
    String remainingText = first(headers, "RateLimit-Remaining", "X-RateLimit-Remaining");
    String resetText = first(headers, "RateLimit-Reset", "X-RateLimit-Reset");
    String limitText = first(headers, "RateLimit-Limit", "X-RateLimit-Limit");
    String policy = headers.get("RateLimit-Policy");
    if (remainingText == null && resetText == null && limitText == null && policy == null) {
      return null;
    }
    long remaining = number(remainingText);
    long limit = number(limitText);
    Duration reset = null;
    long resetValue = number(resetText);
    if (resetValue >= EPOCH_SECONDS_THRESHOLD) {
      long seconds = resetValue - clock.millis() / 1000;
      reset = Duration.ofSeconds(Math.max(0, seconds));
    } else if (resetValue >= 0) {
      reset = Duration.ofSeconds(resetValue);
    }
    Duration window = null;
    if (policy != null) {
      // "100;w=60" or "100;w=60, 1000;w=3600": the first (usually the tightest) policy counts.
      String first = policy.split(",", 2)[0];
      String[] parts = first.split(";");
      if (limit < 0) {
        limit = number(parts[0]);
      }
      for (int i = 1; i < parts.length; i++) {
        String part = parts[i].trim();
        if (part.startsWith("w=")) {
          long seconds = number(part.substring(2));
          window = seconds > 0 ? Duration.ofSeconds(seconds) : null;
        }
      }
    }
    if (remaining < 0 && reset == null && (limit < 0 || window == null)) {
      return null;
    }
    return new RateLimitHeaders(limit, remaining, reset, window);
  }

  /**
   * Whether the server says the budget is spent until the reset.
   *
   * @return {@code true} when the remaining count is 0 and a reset is given
   */
  public boolean spent() {
    return remaining == 0 && reset != null;
  }

  /**
   * How long until the budget is refilled.
   *
   * @return the wait, or {@code null} when not given
   */
  public Duration reset() {
    return reset;
  }

  /**
   * Once the budget runs low (a tenth of the limit or less, or 10 requests when no limit is
   * given): the fastest rate that does not spend the rest before the reset and stays within the
   * declared policy. While plenty is left, the client is not slowed.
   *
   * @return requests a second, or {@code NaN} when the budget is not low or the headers do not say
   */
  public double sustainableRate() {
    boolean low = remaining >= 0 && (limit > 0 ? remaining * 10 <= limit : remaining <= 10);
    if (!low) {
      return Double.NaN;
    }
    double rate = Double.NaN;
    if (limit > 0 && window != null) {
      rate = limit / (double) window.toSeconds();
    }
    if (remaining >= 0 && reset != null && !reset.isZero()) {
      double spread = remaining / (reset.toMillis() / 1000.0);
      rate = Double.isNaN(rate) ? spread : Math.min(rate, spread);
    }
    return rate;
  }

  private static String first(Headers headers, String name, String alternative) {
    String value = headers.get(name);
    return value != null ? value : headers.get(alternative);
  }

  /** A non-negative whole number, or -1 when absent or unreadable (decimals are cut). */
  private static long number(String text) {
    if (text == null) {
      return -1;
    }
    String trimmed = text.trim();
    int dot = trimmed.indexOf('.');
    if (dot >= 0) {
      trimmed = trimmed.substring(0, dot);
    }
    if (trimmed.isEmpty() || !trimmed.chars().allMatch(Character::isDigit)) {
      return -1;
    }
    try {
      return Long.parseLong(trimmed);
    } catch (NumberFormatException tooLarge) {
      return Long.MAX_VALUE;
    }
  }

  @Override
  public String toString() {
    return "RateLimitHeaders{limit=" + limit + ", remaining=" + remaining + ", reset=" + reset + ", window=" + window + "}";
  }
}
