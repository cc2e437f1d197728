package io.okrsdk.perform.query;

import io.okrsdk.core.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The filters of {@code GET api/v2/conversation_plans/}; every filter is optional and unset filters are not sent. Paging
 * ({@code limit}, {@code offset}) is handled by {@code ConversationPlanService.list(ConversationPlanQuery, int)}.
 *
 * <p>Immutable and thread-safe; {@code build()} refuses a blank filter with {@link
 * IllegalArgumentException}.
 */
@Value.Immutable
public interface ConversationPlanQuery {
  /**
   * {@code name}: the conversation plan's name.
   *
   * @return the filter, empty when not sent
   */
  Optional<String> name();

  /**
   * {@code template_name}: the name of the template the plans use.
   *
   * @return the filter, empty when not sent
   */
  Optional<String> templateName();

  /**
   * Refuses a blank filter.
   *
   * @throws IllegalArgumentException naming the filter
   */
  @Value.Check
  default void check() {
    name().ifPresent(value -> Checks.requireText(value, "name"));
    templateName().ifPresent(value -> Checks.requireText(value, "templateName"));
  }

  /**
   * A query without filters.
   *
   * @return the query
   */
  static ConversationPlanQuery all() {
    return builder().build();
  }

  /**
   * A builder with no filter set.
   *
   * @return a new builder
   */
  static ImmutableConversationPlanQuery.Builder builder() {
    return ImmutableConversationPlanQuery.builder();
  }
}
