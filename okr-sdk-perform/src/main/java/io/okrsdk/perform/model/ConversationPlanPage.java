package io.okrsdk.perform.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One page of {@code GET api/v2/conversation_plans/}: {@code count}, {@code next}, {@code previous}, {@code results}. */
@OkrModel
@Value.Immutable
public interface ConversationPlanPage extends HasUnrecognized {
  /**
   * The number of conversation plans in the whole listing.
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
   * The conversation plans on this page.
   *
   * @return the conversation plans, in server order
   */
  List<ConversationPlan> results();

  /**
   * A builder, for tests and fakes.
   *
   * @return a new builder
   */
  static ImmutableConversationPlanPage.Builder builder() {
    return ImmutableConversationPlanPage.builder();
  }
}
