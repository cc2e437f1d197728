package io.okrsdk.testing.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.okrsdk.core.OkrNetworkException;
import io.okrsdk.core.testsupport.RecordingSleeper;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The retry budget is the whole budget: a GET whose connections keep dropping reaches the server
 * at most {@code 1 + maxRetries} times, also when the first attempt used a pooled connection, and
 * {@code maxRetries(0)} means one attempt.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class RetryBudgetTest {
  private final RecordingSleeper sleeper = new RecordingSleeper();

  @Test
  void withRetriesOffAGetOnAPooledConnectionThatDropsIsSentOnce() {
    try (Platform platform = Platform.Kind.PERFORM.start();
        FaultFront front = new FaultFront(platform.fakeRoot());
        Platform.Calls calls = platform.open(front.url(), builder -> builder.maxRetries(0).sleeper(sleeper))) {
      calls.read(); // leaves the connection in the pool
      front.dropWithoutForward().dropWithoutForward().dropWithoutForward();
      int before = front.requestCount();

      Throwable failure = catchThrowable(calls::read);

      assertThat(failure).isInstanceOf(OkrNetworkException.class);
      assertThat(front.requestCount() - before).as("requests sent for one GET with maxRetries(0)").isEqualTo(1);
    }
  }

  @Test
  void aGetOnAPooledConnectionMakesAtMostOnePlusMaxRetriesAttempts() {
    try (Platform platform = Platform.Kind.PERFORM.start();
        FaultFront front = new FaultFront(platform.fakeRoot());
        Platform.Calls calls = platform.open(front.url(), builder -> builder.maxRetries(2).sleeper(sleeper))) {
      calls.read(); // leaves the connection in the pool
      for (int i = 0; i < 9; i++) {
        front.dropWithoutForward();
      }
      int before = front.requestCount();

      Throwable failure = catchThrowable(calls::read);

      assertThat(failure).isInstanceOf(OkrNetworkException.class);
      assertThat(sleeper.waits()).hasSize(2);
      assertThat(front.requestCount() - before).as("requests sent for one GET with maxRetries(2)").isEqualTo(3);
    }
  }
}
