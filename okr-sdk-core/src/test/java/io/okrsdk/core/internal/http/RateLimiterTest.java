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
  void aFirst429StartsPacingAtTheRateTheServerAcceptedThenSlowStartAddsItWhileTheRateIsUsed() {
    RateLimiter limiter = RateLimiter.adaptive(now::get);
    for (int i = 0; i < 8; i++) {
      send(limiter, 200);
    }
    advance(500 * MS);
    send(limiter, 429);

    // 8 accepted in the first (at least one) second: 8 requests a second.
    assertThat(limiter.currentRate()).isCloseTo(8, within(1e-9));
    assertThat(limiter.throttles()).isEqualTo(1);
    // Nobody uses the schedule: the rate does not climb.
    advance(2 * SECOND);
    assertThat(limiter.currentRate()).isCloseTo(8, within(1e-9));
    // Callers keep the schedule busy: the rate climbs by the starting rate each slow-start period,
    // but never past twice the slots taken over the last second.
    long phase = now.get();
    List<Long> slots = new ArrayList<>();
    while (now.get() - phase < 2 * SECOND) {
      long wait = limiter.reserve(false);
      slots.add(now.get() + wait);
      advance(Math.max(MS, wait));
    }
    double climbed = limiter.currentRate();
    long usedLastSecond = slots.stream().filter(slot -> slot >= now.get() - SECOND).count();
    assertThat(climbed).isGreaterThan(12).isLessThanOrEqualTo(2.0 * usedLastSecond);
  }

  @Test
  void theSecondRefusalMeasuresTheServersRateFromWhatItAcceptedBetweenTheTwo() {
    RateLimiter limiter = RateLimiter.adaptive(now::get);
    send(limiter, 200);
    send(limiter, 429);
    // The server accepts 25 requests evenly over the next second and refuses the 26th: it
    // refills 25 a second, whatever the client paced at meanwhile.
    for (int i = 1; i <= 25; i++) {
      advance(40 * MS);
      limiter.onResponse(now.get(), 200, null, null);
    }
    advance(40 * MS);
    send(limiter, 429);

    assertThat(limiter.estimate()).isCloseTo(25, within(1.5));
    assertThat(limiter.currentRate()).isCloseTo(RateLimiter.RESUME_SHARE * limiter.estimate(), within(1e-6));
    assertThat(limiter.throttles()).isEqualTo(2);
  }

  @Test
  void whatOverflowedWhileCallersWaitedIsNotMistakenForASlowServer() {
    RateLimiter limiter = RateLimiter.adaptive(now::get);
    // The first refusal ends a burst of 5 accepted at once: the server's bucket holds 5.
    for (int i = 0; i < 5; i++) {
      send(limiter, 200);
    }
    send(limiter, 429);
    // Callers sit out a Retry-After for a second; the server's bucket fills to 5 and overflows.
    advance(SECOND);
    // Then 25 accepted over half a second (5 from the full bucket, 20 refilled at 40 a second)
    // and the next one refused.
    for (int i = 1; i <= 25; i++) {
      advance(20 * MS);
      limiter.onResponse(now.get(), 200, null, null);
    }
    advance(20 * MS);
    send(limiter, 429);

    // Divided by the time, 25 over 1.5 s would say 17 a second; the simulated bucket says 40.
    assertThat(limiter.estimate()).isCloseTo(40, within(4.0));
  }

  @Test
  void a429ForARequestSentBeforeTheClientSawTheLastThrottleIsNotCountedAgain() {
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
    double estimate = limiter.estimate();

    // Answers from the same burst, sent before the cut: one signal, not three.
    limiter.onResponse(sentEarly, 429, null, null);
    limiter.onResponse(sentBeforeCut, 429, null, null);
    assertThat(limiter.currentRate()).isEqualTo(afterCut);
    assertThat(limiter.estimate()).isEqualTo(estimate);
    assertThat(limiter.throttles()).isEqualTo(2);
  }

  @Test
  void aThrottleWithdrawsTheSlotsPromisedAtTheOldRate() {
    RateLimiter limiter = RateLimiter.fixed(10, 1, now::get);
    RateLimiter adaptive = RateLimiter.adaptive(now::get);
    send(adaptive, 200);
    send(adaptive, 429);
    int before = adaptive.generation();
    adaptive.reserve(false);
    adaptive.reserve(false);
    advance(SECOND);
    adaptive.onResponse(now.get(), 429, null, null);
    assertThat(adaptive.generation()).isNotEqualTo(before);
    // A fixed schedule never withdraws what it promised.
    int fixedBefore = limiter.generation();
    limiter.onResponse(now.get(), 429, null, null);
    assertThat(limiter.generation()).isEqualTo(fixedBefore);
  }

  @Test
  void withoutFurtherThrottlingTheRateApproachesTheEstimateThenProbesPastItWhileUsed() {
    RateLimiter limiter = RateLimiter.adaptive(now::get);
    send(limiter, 200);
    send(limiter, 429);
    for (int i = 1; i <= 20; i++) {
      advance(50 * MS);
      limiter.onResponse(now.get(), 200, null, null);
    }
    advance(50 * MS);
    send(limiter, 429);
    double estimate = limiter.estimate();
    assertThat(limiter.currentRate()).isCloseTo(RateLimiter.RESUME_SHARE * estimate, within(1e-6));

    // Callers keep the schedule busy for the approach and ten seconds more.
    long start = now.get();
    long approach = RateLimiter.toNanos(RateLimiter.APPROACH_SECONDS);
    while (now.get() - start < approach) {
      advance(Math.max(MS, limiter.reserve(false)));
    }
    assertThat(limiter.currentRate()).isCloseTo(estimate, within(estimate * 0.01));
    while (now.get() - start < approach + 10 * SECOND) {
      advance(Math.max(MS, limiter.reserve(false)));
    }
    assertThat(limiter.currentRate()).isCloseTo(estimate * (1 + 10 * RateLimiter.PROBE_PER_SECOND), within(estimate * 0.01));
  }

  @Test
  void againstASimulatedServerTheRateIsLearnedAndFewRequestsAreRefused() {
    // 8 callers, 50 ms latency, a server bucket of 20 a second with a burst of 5; a refused
    // request waits its one-second Retry-After and is sent again. All in recorded time.
    SimulatedServer server = new SimulatedServer(20, 5);
    RateLimiter limiter = RateLimiter.adaptive(now::get);
    SimulatedRun run = new SimulatedRun(limiter, server, 8, 50 * MS);
    run.until(60 * SECOND);

    assertThat(limiter.estimate()).isCloseTo(20, within(2.0));
    // At least 90% of what the server allows over the minute, at most 2% of requests refused.
    assertThat(server.accepted).isGreaterThanOrEqualTo((long) (0.9 * 20 * 60));
    assertThat(server.refused).isLessThanOrEqualTo((long) (0.02 * (server.accepted + server.refused)));
  }

  @Test
  void thirtyTwoCallersRefusedTogetherAreNotRefusedAgainTogether() {
    // 32 callers start at once against a burst of 5: 27 are refused and all wait the same
    // one-second Retry-After. Their retries must not come back together: no caller is refused
    // three times in a row (which would spend a default retry budget of 2).
    SimulatedServer server = new SimulatedServer(20, 5);
    RateLimiter limiter = RateLimiter.adaptive(now::get);
    SimulatedRun run = new SimulatedRun(limiter, server, 32, 50 * MS);
    run.until(60 * SECOND);

    assertThat(run.mostRefusedInARow).isLessThanOrEqualTo(2);
    assertThat(server.accepted).isGreaterThanOrEqualTo((long) (0.9 * 20 * 60));
    assertThat(limiter.estimate()).isCloseTo(20, within(2.0));
  }

  @Test
  void aRetryFurtherBackInTheQueueThanOneIntervalWaitsForItsSlot() {
    RateLimiter limiter = RateLimiter.fixed(10, 1, now::get);
    assertThat(limiter.reserve(false)).isZero();
    assertThat(limiter.reserve(false)).isEqualTo(100 * MS);
    assertThat(limiter.reserve(true)).isEqualTo(200 * MS);
  }

  @Test
  void aLoneRetryRefusedAgainGoesWhenTheServerSaidEvenPastTheGapAThrottleLeaves() {
    // One caller, refused twice with "Retry-After: 1" and nothing accepted between: the estimate
    // is the slowest rate and the throttle leaves a gap, but nobody else holds a slot, so the
    // retry goes when the server said rather than seconds later.
    RateLimiter limiter = RateLimiter.adaptive(now::get);
    send(limiter, 200);
    limiter.onResponse(now.get(), 429, Duration.ofSeconds(1), null);
    advance(SECOND);
    assertThat(limiter.reserve(true)).isZero();
    limiter.onResponse(now.get(), 429, Duration.ofSeconds(1), null);
    assertThat(limiter.throttles()).isEqualTo(2);
    advance(SECOND);

    assertThat(limiter.reserve(true)).isZero();
    // The slot it borrowed is still ahead: the next caller waits for the one after it.
    assertThat(limiter.reserve(false)).isGreaterThan(SECOND);
  }

  @Test
  void withoutPacingTheSameCallersAreRefusedFarMoreOften() {
    SimulatedServer server = new SimulatedServer(20, 5);
    SimulatedRun run = new SimulatedRun(null, server, 8, 50 * MS);
    run.until(60 * SECOND);
    assertThat(server.refused).isGreaterThan((long) (0.2 * (server.accepted + server.refused)));
  }

  /** A token bucket on the recorded clock. */
  private final class SimulatedServer {
    final double perNano;
    final double burst;
    double tokens;
    long last;
    long accepted;
    long refused;

    SimulatedServer(double perSecond, double burst) {
      this.perNano = perSecond / SECOND;
      this.burst = burst;
      this.tokens = burst;
      this.last = now.get();
    }

    boolean accept(long at) {
      tokens = Math.min(burst, tokens + (at - last) * perNano);
      last = at;
      if (tokens >= 1) {
        tokens -= 1;
        accepted++;
        return true;
      }
      refused++;
      return false;
    }
  }

  /**
   * Callers that each send, wait for the answer and send again, as the interceptors would: a slot
   * from the limiter (taken again when the generation changed meanwhile), the send, the answer
   * after the latency, and a one-second wait before re-sending a refused request.
   */
  private final class SimulatedRun {
    final RateLimiter limiter;
    final SimulatedServer server;
    final long latency;
    /** Events: {time, caller, kind}; kinds 0 = wants a slot, 1 = slot reached, 2 = answer. */
    final java.util.PriorityQueue<long[]> events = new java.util.PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
    final boolean[] retrying;
    final int[] generation;
    final long[] sentAt;
    final boolean[] acceptedAnswer;
    final int[] refusedInARow;
    int mostRefusedInARow;

    SimulatedRun(RateLimiter limiter, SimulatedServer server, int callers, long latency) {
      this.limiter = limiter;
      this.server = server;
      this.latency = latency;
      this.retrying = new boolean[callers];
      this.generation = new int[callers];
      this.sentAt = new long[callers];
      this.acceptedAnswer = new boolean[callers];
      this.refusedInARow = new int[callers];
      for (int c = 0; c < callers; c++) {
        events.add(new long[] {now.get(), c, 0});
      }
    }

    void until(long duration) {
      long end = now.get() + duration;
      while (!events.isEmpty() && events.peek()[0] < end) {
        long[] event = events.poll();
        now.set(Math.max(now.get(), event[0]));
        int caller = (int) event[1];
        if (event[2] == 0) {
          if (limiter == null) {
            send(caller);
            continue;
          }
          generation[caller] = limiter.generation();
          long wait = limiter.reserve(retrying[caller]);
          events.add(new long[] {now.get() + wait, caller, 1});
        } else if (event[2] == 1) {
          if (limiter != null && limiter.generation() != generation[caller]) {
            events.add(new long[] {now.get(), caller, 0});
          } else {
            send(caller);
          }
        } else {
          boolean accepted = acceptedAnswer[caller];
          if (limiter != null) {
            limiter.onResponse(sentAt[caller], accepted ? 200 : 429, accepted ? null : Duration.ofSeconds(1), null);
          }
          retrying[caller] = !accepted;
          refusedInARow[caller] = accepted ? 0 : refusedInARow[caller] + 1;
          mostRefusedInARow = Math.max(mostRefusedInARow, refusedInARow[caller]);
          events.add(new long[] {now.get() + (accepted ? 0 : SECOND), caller, 0});
        }
      }
    }

    private void send(int caller) {
      sentAt[caller] = now.get();
      acceptedAnswer[caller] = server.accept(now.get());
      events.add(new long[] {now.get() + latency, caller, 2});
    }
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
  void theRetryOfARefusedRequestGoesAtOnceButTheCallersAfterItPayForItsSlot() {
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
