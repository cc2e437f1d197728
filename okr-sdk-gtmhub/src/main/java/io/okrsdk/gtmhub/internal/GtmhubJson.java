package io.okrsdk.gtmhub.internal;

import com.squareup.moshi.Moshi;

/**
 * The Gtmhub models' additions to the SDK's Moshi: the three-state goal patch writer and the value
 * history read as an object or a bare array. The client and the fake server both use it.
 */
public final class GtmhubJson {
  private GtmhubJson() {}

  /**
   * Adds the Gtmhub adapters.
   *
   * @param moshi the builder to add them to
   */
  public static void register(Moshi.Builder moshi) {
    moshi.add(new GoalPatchJson.Factory());
    // The value history's answer is read as an object or a bare array.
    moshi.add(new BareArrayAdapterFactory());
  }
}
