package io.okrsdk.perform;

import com.squareup.moshi.Moshi;
import io.okrsdk.perform.model.GoalUnit;

/** The Perform models' additions to the SDK's Moshi: the goal unit. */
final class PerformJson {
  private PerformJson() {}

  static void register(Moshi.Builder moshi) {
    moshi.add(GoalUnit.class, new GoalUnitAdapter().nullSafe());
  }
}
