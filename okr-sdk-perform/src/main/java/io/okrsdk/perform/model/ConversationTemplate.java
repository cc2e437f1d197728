package io.okrsdk.perform.model;

import io.okrsdk.core.json.HasUnrecognized;
import com.squareup.moshi.Json;
import io.okrsdk.core.json.OkrModel;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A conversation template, as {@code GET api/v2/conversation_templates/} lists them and {@code GET
 * api/v2/conversation_templates/{api_id}/} returns one.
 *
 * <p>Only {@link #apiId()} is required. The single-template response is documented only as "more
 * details": it is read with the listing's fields, and fields this SDK does not know are ignored.
 */
@OkrModel
@Value.Immutable
public interface ConversationTemplate extends HasUnrecognized {
  /**
   * The template's id; pass it to {@code conversationTemplates().get(...)}.
   *
   * @return the id
   */
  @Json(name = "api_id")
  String apiId();

  /**
   * The template's name.
   *
   * @return the name
   */
  Optional<String> name();

  /**
   * Whether the template is active.
   *
   * @return {@code true} when active
   */
  Optional<Boolean> active();

  /**
   * Whether the template is a draft.
   *
   * @return {@code true} for a draft
   */
  Optional<Boolean> draft();

  /**
   * Whether the template is deleted.
   *
   * @return {@code true} when deleted
   */
  Optional<Boolean> deleted();

  /**
   * When the template was created, with the server's offset.
   *
   * @return the creation time
   */
  @Json(name = "created_date")
  Optional<OffsetDateTime> createdDate();

  /**
   * When the template was last updated, with the server's offset.
   *
   * @return the time of the last update
   */
  @Json(name = "updated_date")
  Optional<OffsetDateTime> updatedDate();

  /**
   * A builder, for tests and fakes.
   *
   * @return a new builder
   */
  static ImmutableConversationTemplate.Builder builder() {
    return ImmutableConversationTemplate.builder();
  }
}
