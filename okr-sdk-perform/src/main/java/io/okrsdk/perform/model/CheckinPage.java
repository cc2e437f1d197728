package io.okrsdk.perform.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One page of {@code GET api/v2/checkins/}: {@code count}, {@code next}, {@code previous}, {@code results}. */
@OkrModel
@Value.Immutable
public interface CheckinPage extends HasUnrecognized {
  /**
   * The number of check-ins matching the query.
   *
   * @return the total count
   */
  long count();

  /**
   * The absolute URL of the next page.
   *
   * @return the link, empty on the last page
   */
  Optional<String> next();

  /**
   * The absolute URL of the previous page.
   *
   * @return the link, empty on the first page
   */
  Optional<String> previous();

  /**
   * The check-ins on this page.
   *
   * @return the check-ins, in server order
   */
  List<Checkin> results();

  /**
   * A builder, for tests and fakes.
   *
   * @return a new builder
   */
  static ImmutableCheckinPage.Builder builder() {
    return ImmutableCheckinPage.builder();
  }
}
