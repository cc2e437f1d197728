package io.okrsdk.perform.internal;

import com.squareup.moshi.Moshi;
import io.okrsdk.perform.model.GoalUnit;

/** The Perform models' additions to the SDK's Moshi: the goal unit. */
public final class PerformJson {
  private PerformJson() {}

  public static void register(Moshi.Builder moshi) {
    moshi.add(GoalUnit.class, new GoalUnitAdapter().nullSafe());
  }
}
