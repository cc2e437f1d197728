package io.okrsdk.perform.model;

import io.okrsdk.core.json.HasUnrecognized;
import com.squareup.moshi.Json;
import io.okrsdk.core.json.OkrModel;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A conversation plan, as {@code GET api/v2/conversation_plans/} lists them and {@code GET
 * api/v2/conversation_plans/{api_id}/} returns one.
 *
 * <p>Only {@link #apiId()} is required. The single-plan response is documented only as "more
 * details": it is read with the listing's fields, and fields this SDK does not know are ignored.
 */
@OkrModel
@Value.Immutable
public interface ConversationPlan extends HasUnrecognized {
  /**
   * The plan's id; pass it to {@code conversationPlans().get(...)}.
   *
   * @return the id
   */
  @Json(name = "api_id")
  String apiId();

  /**
   * The plan's name.
   *
   * @return the name
   */
  Optional<String> name();

  /**
   * The name of the template the plan uses.
   *
   * @return the template's name
   */
  @Json(name = "template_name")
  Optional<String> templateName();

  /**
   * The id of the template the plan uses; pass it to {@code conversationTemplates().get(...)}.
   *
   * @return the template's id
   */
  @Json(name = "template_api_id")
  Optional<String> templateApiId();

  /**
   * The plan's status: the docs name {@code draft} and {@code active}; other values are kept as sent.
   *
   * @return the status
   */
  Optional<String> status();

  /**
   * How often a recurring plan takes place, as display text such as {@code Every 4 weeks}.
   *
   * @return the frequency, empty for a plan that does not recur
   */
  Optional<String> frequency();

  /**
   * A builder, for tests and fakes.
   *
   * @return a new builder
   */
  static ImmutableConversationPlan.Builder builder() {
    return ImmutableConversationPlan.builder();
  }
}
