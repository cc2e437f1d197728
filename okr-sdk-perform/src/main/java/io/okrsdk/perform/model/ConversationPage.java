package io.okrsdk.perform.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One page of {@code GET api/v2/conversations/}: {@code count}, {@code next}, {@code previous}, {@code results}. */
@OkrModel
@Value.Immutable
public interface ConversationPage extends HasUnrecognized {
  /**
   * The number of conversations in the whole listing.
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
   * The conversations on this page.
   *
   * @return the conversations, in server order
   */
  List<Conversation> results();

  /**
   * A builder, for tests and fakes.
   *
   * @return a new builder
   */
  static ImmutableConversationPage.Builder builder() {
    return ImmutableConversationPage.builder();
  }
}
