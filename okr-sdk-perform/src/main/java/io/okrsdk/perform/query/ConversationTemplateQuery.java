package io.okrsdk.perform.query;

import io.okrsdk.core.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The filters of {@code GET api/v2/conversation_templates/}; every filter is optional and unset filters are not sent. Paging
 * ({@code limit}, {@code offset}) is handled by {@code ConversationTemplateService.list(ConversationTemplateQuery, int)}.
 *
 * <p>Immutable and thread-safe; {@code build()} refuses a blank filter with {@link
 * IllegalArgumentException}.
 */
@Value.Immutable
public interface ConversationTemplateQuery {
  /**
   * {@code name}: the conversation template's exact name.
   *
   * @return the filter, empty when not sent
   */
  Optional<String> name();

  /**
   * {@code name_icontains}: a part of the template's name, matched case-insensitively.
   *
   * @return the filter, empty when not sent
   */
  Optional<String> nameContains();

  /**
   * Refuses a blank filter.
   *
   * @throws IllegalArgumentException naming the filter
   */
  @Value.Check
  default void check() {
    name().ifPresent(value -> Checks.requireText(value, "name"));
    nameContains().ifPresent(value -> Checks.requireText(value, "nameContains"));
  }

  /**
   * A query without filters.
   *
   * @return the query
   */
  static ConversationTemplateQuery all() {
    return builder().build();
  }

  /**
   * A builder with no filter set.
   *
   * @return a new builder
   */
  static ImmutableConversationTemplateQuery.Builder builder() {
    return ImmutableConversationTemplateQuery.builder();
  }
}
