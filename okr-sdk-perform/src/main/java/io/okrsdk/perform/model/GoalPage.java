package io.okrsdk.perform.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One page of {@code GET api/v2/goals/}: {@code count}, {@code next}, {@code previous}, {@code results}. */
@OkrModel
@Value.Immutable
public interface GoalPage extends HasUnrecognized {
  /**
   * The number of goals in the whole listing.
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
   * The goals, sub-goals, OKRs and key results on this page.
   *
   * @return the goals, in server order
   */
  List<Goal> results();

  /**
   * A builder with one method per attribute, named like the attribute's accessor above: an
   * {@code Optional<T>} attribute is set with a {@code T} (or an {@code Optional}), a list with
   * {@code addX(..)}, {@code addAllX(..)} or {@code x(Iterable)}, a map with {@code putX(..)}.
   * Unset optional attributes stay empty (a request model then leaves them out of the JSON);
   * {@code build()} throws {@link IllegalStateException} naming any required attribute that was
   * not set. The builder's type, {@code ImmutableGoalPage.Builder}, is generated at compile time
   * and not listed in this Javadoc. It is also how tests and fakes make one.
   *
   * @return a new builder
   */
  static ImmutableGoalPage.Builder builder() {
    return ImmutableGoalPage.builder();
  }
}
