package io.okrsdk.core.testsupport;

import io.okrsdk.core.http.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sleeper that records the waits it is asked for and returns at once. */
public final class RecordingSleeper implements Sleeper {
  private final List<Duration> waits = new CopyOnWriteArrayList<>();

  @Override
  public void sleep(Duration duration) {
    waits.add(duration);
  }

  /**
   * The waits asked for so far, in order.
   *
   * @return the waits
   */
  public List<Duration> waits() {
    return List.copyOf(waits);
  }
}
