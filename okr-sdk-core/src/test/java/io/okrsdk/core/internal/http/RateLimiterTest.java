package io.okrsdk.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.okrsdk.core.http.RateLimitMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The limiter's decisions, driven by a recorded clock: nothing here sleeps. */
@Timeout(10)
class RateLimiterTest {
  private static final long MS = 1_000_000L;
  private static final long SECOND = 1_000_000_000L;

  private final AtomicLong now = new AtomicLong(5 * SECOND);

  private void advance(long nanos) {
    now.addAndGet(nanos);
  }

  /** Sends one request and answers it with {@code status} at once. */
  private long send(RateLimiter limiter, int status) {
    long wait = limiter.reserve(false);
    limiter.onResponse(now.get() + wait, status, null, null);
    return wait;
  }

  @Test
  void adaptiveDoesNotPaceBeforeAnyThrottling() {
    RateLimiter limiter = RateLimiter.adaptive(now::get);
    for (int i = 0; i < 10_000; i++) {
      assertThat(send(limiter, 200)).isZero();
    }
    assertThat(limiter.currentRate()).isInfinite();
    assertThat(limiter.throttles()).isZero();
  }

  @Test
  void fixedRateHandsOutTheBurstThenOneSlotPerInterval() {
    RateLimiter limiter = RateLimiter.fixed(10, 2, now::get);
    List<Long> waits = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      waits.add(limiter.reserve(false));
    }
    assertThat(waits).containsExactly(0L, 0L, 100 * MS, 200 * MS, 300 * MS);

    // A quiet second refills the bucket only up to the burst.
    advance(SECOND + 300 * MS);
    assertThat(limiter.reserve(false)).isZero();
    assertThat(limiter.reserve(false)).isZero();
    assertThat(limiter.reserve(false)).isEqualTo(100 * MS);
  }

  @Test
  void aFirst429StartsPacingAtTheRateTheServerAcceptedThenSlowStartDoubles() {
    RateLimiter limiter = RateLimiter.adaptive(now::get);
    for (int i = 0; i < 8; i++) {
      send(limiter, 200);
    }
    advance(500 * MS);
    send(limiter, 429);

    // 8 accepted in the first (at least one) second: 8 requests a second.
    assertThat(limiter.currentRate()).isCloseTo(8, within(1e-9));
    assertThat(limiter.throttles()).isEqualTo(1);
    advance(RateLimiter.toNanos(RateLimiter.SLOW_START_SECONDS));
    assertThat(limiter.currentRate()).isCloseTo(16, within(1e-6));
  }

  @Test
  void laterThrottlesCutToBetaOfTheRateTheServerReallyAccepted() {
    RateLimiter limiter = RateLimiter.adaptive(now::get);
    send(limiter, 200);
    send(limiter, 429);
    // Slow start climbs far past what the server accepts: it answers 5 a second.
    advance(2 * SECOND);
    assertThat(limiter.currentRate()).isGreaterThan(100);
    for (int i = 0; i < 5; i++) {
      limiter.onResponse(now.get(), 200, null, null);
      advance(200 * MS);
    }
    send(limiter, 429);

    assertThat(limiter.currentRate()).isCloseTo(RateLimiter.BETA * 5, within(1e-6));
    assertThat(limiter.throttles()).isEqualTo(2);
  }

  @Test
  void a429ForARequestSentBeforeTheCutIsNotCountedAgain() {
    RateLimiter limiter = RateLimiter.adaptive(now::get);
    send(limiter, 200);
    long sentEarly = now.get();
    send(limiter, 429);
    advance(SECOND);
    for (int i = 0; i < 10; i++) {
      limiter.onResponse(now.get(), 200, null, null);
    }
    long sentBeforeCut = now.get();
    advance(MS);
    limiter.onResponse(now.get(), 429, null, null);
    double afterCut = limiter.currentRate();

    // Answers from the same burst, sent before the cut: one signal, not three.
    limiter.onResponse(sentEarly, 429, null, null);
    limiter.onResponse(sentBeforeCut, 429, null, null);
    assertThat(limiter.currentRate()).isEqualTo(afterCut);
    assertThat(limiter.throttles()).isEqualTo(2);
  }

  @Test
  void withoutFurtherThrottlingTheRateClimbsBackToTheCeilingAndThenProbesPastIt() {
    RateLimiter limiter = RateLimiter.adaptive(now::get);
    send(limiter, 200);
    send(limiter, 429);
    advance(SECOND);
    for (int i = 0; i < 20; i++) {
      limiter.onResponse(now.get() - i * 50 * MS, 200, null, null);
    }
    limiter.onResponse(now.get(), 429, null, null);
    double ceiling = limiter.currentRate() / RateLimiter.BETA;

    advance(RateLimiter.toNanos(RateLimiter.CLIMB_SECONDS / 2));
    double halfway = limiter.currentRate();
    assertThat(halfway).isBetween(RateLimiter.BETA * ceiling, ceiling);
    advance(RateLimiter.toNanos(RateLimiter.CLIMB_SECONDS / 2));
    assertThat(limiter.currentRate()).isCloseTo(ceiling, within(1e-6));
    advance(RateLimiter.toNanos(RateLimiter.CLIMB_SECONDS));
    assertThat(limiter.currentRate()).isGreaterThan(ceiling * 1.1);
  }

  @Test
  void aRetryAfterLongerThanASecondPausesEveryoneButTheRefusedRequestsOwnRetry() {
    RateLimiter limiter = RateLimiter.adaptive(now::get);
    send(limiter, 200);
    limiter.onResponse(now.get(), 429, Duration.ofSeconds(3), null);

    assertThat(limiter.reserve(true)).isZero();
    assertThat(limiter.reserve(false)).isGreaterThanOrEqualTo(3 * SECOND);
  }

  @Test
  void theRetryOfARefusedRequestGoesAtOnceButTheCallersAfterItPayForItsToken() {
    RateLimiter limiter = RateLimiter.fixed(10, 1, now::get);
    assertThat(limiter.reserve(false)).isZero();
    assertThat(limiter.reserve(true)).isZero();
    assertThat(limiter.reserve(false)).isEqualTo(200 * MS);
  }

  @Test
  void aOneSecondRetryAfterIsLeftToTheRateLearning() {
    RateLimiter limiter = RateLimiter.adaptive(now::get);
    for (int i = 0; i < 20; i++) {
      send(limiter, 200);
    }
    limiter.onResponse(now.get(), 429, Duration.ofSeconds(1), null);

    assertThat(limiter.reserve(false)).isZero();
    assertThat(limiter.reserve(false)).isEqualTo(SECOND / 20);
  }

  @Test
  void aSpentBudgetInRateLimitHeadersPausesUntilTheReset() {
    RateLimiter limiter = RateLimiter.adaptive(now::get);
    Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    RateLimitHeaders spent =
        RateLimitHeaders.parse(Headers.of("X-RateLimit-Remaining", "0", "X-RateLimit-Reset", "4"), clock);
    limiter.onResponse(now.get(), 200, null, spent);

    assertThat(limiter.reserve(false)).isGreaterThanOrEqualTo(4 * SECOND);
  }

  @Test
  void aLowRemainingBudgetCapsTheRateSoItLastsUntilTheReset() {
    RateLimiter limiter = RateLimiter.adaptive(now::get);
    Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    RateLimitHeaders plenty = RateLimitHeaders.parse(
        Headers.of("RateLimit-Limit", "100", "RateLimit-Remaining", "90", "RateLimit-Reset", "10"), clock);
    limiter.onResponse(now.get(), 200, null, plenty);
    assertThat(limiter.currentRate()).isInfinite();

    RateLimitHeaders low = RateLimitHeaders.parse(
        Headers.of("RateLimit-Limit", "100", "RateLimit-Remaining", "8", "RateLimit-Reset", "4"), clock);
    limiter.onResponse(now.get(), 200, null, low);
    assertThat(limiter.currentRate()).isCloseTo(2, within(1e-9));
  }

  @Test
  void rateLimitHeadersAreReadInBothSpellingsAndGarbageIsIgnored() {
    Clock clock = Clock.fixed(Instant.ofEpochSecond(1_700_000_000L), ZoneOffset.UTC);
    RateLimitHeaders epoch = RateLimitHeaders.parse(
        Headers.of("X-RateLimit-Remaining", "0", "X-RateLimit-Reset", "1700000030"), clock);
    assertThat(epoch.spent()).isTrue();
    assertThat(epoch.reset()).isEqualTo(Duration.ofSeconds(30));

    RateLimitHeaders policy = RateLimitHeaders.parse(
        Headers.of("RateLimit-Policy", "60;w=60, 1000;w=3600", "RateLimit-Remaining", "3"), clock);
    assertThat(policy.sustainableRate()).isCloseTo(1, within(1e-9));

    assertThat(RateLimitHeaders.parse(Headers.of("Content-Type", "application/json"), clock)).isNull();
    assertThat(RateLimitHeaders.parse(Headers.of("X-RateLimit-Remaining", "lots", "X-RateLimit-Reset", "-1"), clock))
        .isNull();
  }

  @Test
  void threadsShareOneScheduleWithoutDoubleBookingASlot() throws Exception {
    RateLimiter limiter = RateLimiter.fixed(50, 1, now::get);
    int threads = 8;
    int each = 200;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<List<Long>>> results = new ArrayList<>();
    try {
      for (int t = 0; t < threads; t++) {
        results.add(pool.submit(() -> {
          go.await();
          List<Long> mine = new ArrayList<>();
          for (int i = 0; i < each; i++) {
            mine.add(limiter.reserve(false));
          }
          return mine;
        }));
      }
      go.countDown();
      List<Long> all = new ArrayList<>();
      for (Future<List<Long>> result : results) {
        all.addAll(result.get(5, TimeUnit.SECONDS));
      }
      // The clock stands still: every caller got its own slot, 20 ms apart, none shared or lost.
      assertThat(all).hasSize(threads * each).doesNotHaveDuplicates();
      assertThat(all.stream().mapToLong(Long::longValue).max().getAsLong()).isEqualTo((threads * each - 1) * 20 * MS);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void slotsGoToCallersInTheOrderTheyAskedWhateverKindOfCallerTheyAre() {
    RateLimiter limiter = RateLimiter.fixed(4, 1, now::get);
    // Sync callers, async dispatcher threads and paging threads all reserve the same way: the
    // order of asking is the order of sending.
    long previous = -1;
    for (int i = 0; i < 40; i++) {
      long wait = limiter.reserve(false);
      assertThat(wait).isGreaterThan(previous);
      previous = wait;
    }
  }

  @Test
  void modesRejectNonsense() {
    assertThatThrownBy(() -> RateLimitMode.fixed(0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RateLimitMode.fixed(Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RateLimitMode.fixed(5, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RateLimitMode.off().newLimiter(now::get)).isInstanceOf(IllegalStateException.class);
    assertThat(RateLimitMode.adaptive().isOn()).isTrue();
    assertThat(RateLimitMode.off().isOn()).isFalse();
  }
}
