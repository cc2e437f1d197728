package io.okrsdk.jira.internal;

import com.squareup.moshi.Moshi;
import io.okrsdk.jira.model.CustomFieldValue;

/**
 * The OKR for Jira models' additions to the SDK's Moshi: custom field values as plain JSON values.
 * The client and the fake server both use it.
 */
public final class OkrForJiraJson {
  private OkrForJiraJson() {}

  /**
   * Adds the OKR for Jira adapters.
   *
   * @param moshi the builder to add them to
   */
  public static void register(Moshi.Builder moshi) {
    moshi.add(CustomFieldValue.class, new CustomFieldValueAdapter());
  }
}
