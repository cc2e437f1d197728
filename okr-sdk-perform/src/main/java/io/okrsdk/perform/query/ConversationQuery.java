package io.okrsdk.perform.query;

import io.okrsdk.core.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The filters of {@code GET api/v2/conversations/}; every filter is optional and unset filters are not sent.
 * Paging ({@code limit}, {@code offset}) is handled by {@code ConversationService.list(ConversationQuery, int)}.
 *
 * <p>Immutable and thread-safe; {@code build()} refuses a blank filter with {@link
 * IllegalArgumentException}.
 */
@Value.Immutable
public interface ConversationQuery {
  /**
   * {@code person_name}: the employee's full name.
   *
   * @return the filter, empty when not sent
   */
  Optional<String> personName();

  /**
   * {@code plan_name}: the conversation plan's name.
   *
   * @return the filter, empty when not sent
   */
  Optional<String> planName();

  /**
   * {@code template_name}: the conversation template's name.
   *
   * @return the filter, empty when not sent
   */
  Optional<String> templateName();

  /**
   * {@code status}: the conversation status; the docs name {@code draft}, {@code final}, {@code deleted} and {@code archived}.
   *
   * @return the filter, empty when not sent
   */
  Optional<String> status();

  /**
   * Refuses a blank filter.
   *
   * @throws IllegalArgumentException naming the filter
   */
  @Value.Check
  default void check() {
    personName().ifPresent(value -> Checks.requireText(value, "personName"));
    planName().ifPresent(value -> Checks.requireText(value, "planName"));
    templateName().ifPresent(value -> Checks.requireText(value, "templateName"));
    status().ifPresent(value -> Checks.requireText(value, "status"));
  }

  /**
   * A query without filters.
   *
   * @return the query
   */
  static ConversationQuery all() {
    return builder().build();
  }

  /**
   * A builder with no filter set.
   *
   * @return a new builder
   */
  static ImmutableConversationQuery.Builder builder() {
    return ImmutableConversationQuery.builder();
  }
}
