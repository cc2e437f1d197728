package io.okrsdk.gtmhub.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One page of sessions: the list envelope {@code {"items": [...], "totalCount": n}}. */
@OkrModel
@Value.Immutable
public interface SessionList extends HasUnrecognized {
  /**
   * The sessions on this page.
   *
   * @return the sessions, empty when none were sent
   */
  List<Session> items();

  /**
   * How many sessions match the query in total, across all pages.
   *
   * @return the total, when sent
   */
  Optional<Long> totalCount();

  /**
   * A builder.
   *
   * @return a new builder
   */
  static ImmutableSessionList.Builder builder() {
    return ImmutableSessionList.builder();
  }
}
