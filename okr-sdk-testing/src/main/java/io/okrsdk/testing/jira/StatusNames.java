package io.okrsdk.testing.jira;

import io.okrsdk.core.json.OpenEnum;
import io.okrsdk.jira.model.OkrStatus;
import java.util.Locale;

/** Status spellings: what the update API accepts, and what the UI shows. */
final class StatusNames {
  private StatusNames() {}

  /**
   * The status a request names, in either spelling ({@code ON TRACK} or {@code ON_TRACK}).
   *
   * @throws JiraHttpError 400 when it names no status
   */
  static OkrStatus parse(String text) {
    return OpenEnum.of(OkrStatus.class, text.trim().toUpperCase(Locale.ROOT))
        .known()
        .orElseThrow(() -> JiraHttpError.badRequest("unknown status: " + text));
  }

  /** The status as the UI shows it, such as {@code On Track} (and {@code Off Track} for action required). */
  static String displayed(OkrStatus status) {
    StringBuilder text = new StringBuilder();
    for (String word : status.updateSpelling().split(" ")) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return text.toString();
  }
}
