package io.okrsdk.portable;

import java.util.Collection;

/** Status derivations shared by the sources. */
final class Statuses {
  private Statuses() {}

  /**
   * An objective's status from its key results' when the platform gives the objective none: done
   * when all are done, otherwise the worst of on track / at risk / off track; not started when all
   * are; unknown when nothing maps.
   */
  static Status rollUp(Collection<KeyResult> keyResults) {
    if (keyResults.isEmpty()) {
      return Status.UNKNOWN;
    }
    boolean allDone = true;
    boolean allNotStarted = true;
    Status worst = null;
    for (KeyResult keyResult : keyResults) {
      Status status = keyResult.status();
      allDone &= status == Status.DONE;
      allNotStarted &= status == Status.NOT_STARTED;
      if (status == Status.OFF_TRACK
          || (status == Status.AT_RISK && worst != Status.OFF_TRACK)
          || (status == Status.ON_TRACK && worst == null)) {
        worst = status;
      }
    }
    if (allDone) {
      return Status.DONE;
    }
    if (allNotStarted) {
      return Status.NOT_STARTED;
    }
    return worst == null ? Status.UNKNOWN : worst;
  }

  /** A confidence from 0 to 1 as a status: 0.7 and up on track, 0.4 and up at risk, below off track. */
  static Status fromConfidence(double confidence) {
    if (confidence >= 0.7) {
      return Status.ON_TRACK;
    }
    return confidence >= 0.4 ? Status.AT_RISK : Status.OFF_TRACK;
  }
}
