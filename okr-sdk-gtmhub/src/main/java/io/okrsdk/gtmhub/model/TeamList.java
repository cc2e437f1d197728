package io.okrsdk.gtmhub.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One page of teams: the list envelope {@code {"items": [...], "totalCount": n}}. */
@OkrModel
@Value.Immutable
public interface TeamList extends HasUnrecognized {
  /**
   * The teams on this page.
   *
   * @return the teams, empty when none were sent
   */
  List<Team> items();

  /**
   * How many teams match the query in total, across all pages.
   *
   * @return the total, when sent
   */
  Optional<Long> totalCount();

  /**
   * A builder.
   *
   * @return a new builder
   */
  static ImmutableTeamList.Builder builder() {
    return ImmutableTeamList.builder();
  }
}
