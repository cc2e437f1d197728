package io.okrsdk.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.core.http.Sleeper;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What a caller's sleeper skipped moves the pacing clock on; what it slept, or was cancelled from, does not. */
@Timeout(10)
class SkippedTimeSleeperTest {
  private final AtomicLong now = new AtomicLong(1_000);

  @Test
  void aSleeperThatReturnsAtOnceMovesThePacingClockOnByTheWholeWait() throws Exception {
    SkippedTimeSleeper sleeper = new SkippedTimeSleeper(duration -> { }, now::get);
    sleeper.sleep(Duration.ofSeconds(3));
    sleeper.sleep(Duration.ofMillis(250), () -> false);

    assertThat(sleeper.skippedNanos()).isEqualTo(Duration.ofMillis(3_250).toNanos());
    assertThat(sleeper.pacingClock().getAsLong()).isEqualTo(1_000 + Duration.ofMillis(3_250).toNanos());
  }

  @Test
  void aSleeperThatSleepsSkipsNothingAndOneThatSleptPartSkipsTheRest() throws Exception {
    Sleeper sleepsAll = duration -> now.addAndGet(duration.toNanos());
    SkippedTimeSleeper whole = new SkippedTimeSleeper(sleepsAll, now::get);
    whole.sleep(Duration.ofSeconds(2));
    assertThat(whole.skippedNanos()).isZero();

    Sleeper sleepsHalf = duration -> now.addAndGet(duration.toNanos() / 2);
    SkippedTimeSleeper half = new SkippedTimeSleeper(sleepsHalf, now::get);
    half.sleep(Duration.ofSeconds(2));
    assertThat(half.skippedNanos()).isEqualTo(Duration.ofSeconds(1).toNanos());
  }

  @Test
  void aWaitEndedByCancellingTheCallSkipsNothing() throws Exception {
    SkippedTimeSleeper sleeper = new SkippedTimeSleeper(duration -> { }, now::get);
    sleeper.sleep(Duration.ofSeconds(5), () -> true);

    assertThat(sleeper.skippedNanos()).isZero();
    assertThat(sleeper.pacingClock().getAsLong()).isEqualTo(1_000);
  }

  @Test
  void waitsOfThreadsAtTheSameTimeOverlapAsRealSleepsWould() throws Exception {
    // Thread A starts a 1 s wait and is held inside it while thread B waits 1 s from the same
    // moment: together they take one second of the timeline, not two.
    java.util.concurrent.CountDownLatch aInside = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    Sleeper held = duration -> {
      if (Thread.currentThread().getName().equals("a")) {
        aInside.countDown();
        release.await();
      }
    };
    SkippedTimeSleeper sleeper = new SkippedTimeSleeper(held, now::get);
    Thread a = new Thread(() -> {
      try {
        sleeper.sleep(Duration.ofSeconds(1));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "a");
    a.start();
    aInside.await();
    sleeper.sleep(Duration.ofSeconds(1));
    release.countDown();
    a.join();

    assertThat(sleeper.skippedNanos()).isEqualTo(Duration.ofSeconds(1).toNanos());
    // One after the other, they add up.
    sleeper.sleep(Duration.ofSeconds(1));
    assertThat(sleeper.skippedNanos()).isEqualTo(Duration.ofSeconds(2).toNanos());
  }
}
