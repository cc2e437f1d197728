package io.okrsdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.http.Sleeper;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The sleeper a fake gives its clients records a wait of any length and returns at once. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class RecordingSleeperTest {
  /** The smallest fake: no platform, every request answered 204. */
  private static final class BareFake extends FakeServer<AutoCloseable> {
    @Override
    public AutoCloseable newClient() {
      return () -> {};
    }

    @Override
    protected Class<AutoCloseable> clientType() {
      return AutoCloseable.class;
    }

    @Override
    protected MockResponse handle(RecordedRequest request) {
      return empty(204);
    }
  }

  private final BareFake fake = new BareFake();

  @AfterEach
  void close() {
    Thread.interrupted();
    fake.close();
  }

  @Test
  void anHourIsRecordedNotSlept() throws InterruptedException {
    Sleeper sleeper = fake.recordingSleeper();

    sleeper.sleep(Duration.ofHours(1));
    sleeper.sleep(Duration.ofMillis(250));

    assertThat(fake.recordedWaits()).containsExactly(Duration.ofHours(1), Duration.ofMillis(250));
  }

  @Test
  void anInterruptedThreadGetsInterruptedExceptionWithItsFlagClearedAsFromThreadSleep() {
    Thread.currentThread().interrupt();

    assertThatThrownBy(() -> fake.recordingSleeper().sleep(Duration.ofSeconds(1))).isInstanceOf(InterruptedException.class);
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
    assertThat(fake.recordedWaits()).isEmpty();
  }
}
