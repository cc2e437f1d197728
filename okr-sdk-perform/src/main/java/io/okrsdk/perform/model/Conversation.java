package io.okrsdk.perform.model;

import io.okrsdk.core.json.HasUnrecognized;
import com.squareup.moshi.Json;
import io.okrsdk.core.json.OkrModel;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A conversation (a review, 1:1 or survey instance), as {@code GET api/v2/conversations/} lists
 * them and {@code GET api/v2/conversations/{api_id}/} returns one.
 *
 * <p>Only {@link #apiId()} is required. The help centre lists these fields for the listing; the
 * single-conversation response is documented only as "more details" and is read with the same
 * fields, ignoring those this SDK does not know.
 */
@OkrModel
@Value.Immutable
public interface Conversation extends HasUnrecognized {
  /**
   * The conversation's id; pass it to {@code conversations().get(...)}.
   *
   * @return the id
   */
  @Json(name = "api_id")
  String apiId();

  /**
   * The id of the conversation's template.
   *
   * @return the template's id
   */
  @Json(name = "template_api_id")
  Optional<String> templateApiId();

  /**
   * The name of the conversation's template.
   *
   * @return the template's name
   */
  @Json(name = "template_name")
  Optional<String> templateName();

  /**
   * The name of the conversation's plan.
   *
   * @return the plan's name
   */
  @Json(name = "plan_name")
  Optional<String> planName();

  /**
   * The id of the conversation's plan.
   *
   * @return the plan's id
   */
  @Json(name = "plan_api_id")
  Optional<String> planApiId();

  /**
   * The name of the conversation's current stage; {@code Final} once completed.
   *
   * @return the stage's name
   */
  @Json(name = "stage_name")
  Optional<String> stageName();

  /**
   * The id of the conversation's current stage.
   *
   * @return the stage's id
   */
  @Json(name = "stage_api_id")
  Optional<String> stageApiId();

  /**
   * The conversation's status: the docs name {@code draft}, {@code final}, {@code deleted} and {@code archived}; other values are kept as sent.
   *
   * @return the status
   */
  Optional<String> status();

  /**
   * When the conversation was last updated.
   *
   * @return the time of the last update
   */
  @Json(name = "updated_date")
  Optional<OffsetDateTime> updatedDate();

  /**
   * When the conversation was completed.
   *
   * @return the completion time, empty while not completed
   */
  @Json(name = "completed_date")
  Optional<OffsetDateTime> completedDate();

  /**
   * When the conversation was generated.
   *
   * @return the generation time
   */
  @Json(name = "generated_date")
  Optional<OffsetDateTime> generatedDate();

  /**
   * The id of the employee the conversation is about.
   *
   * @return the employee's id
   */
  @Json(name = "person_api_id")
  Optional<String> personApiId();

  /**
   * The full name of the employee the conversation is about.
   *
   * @return the employee's name
   */
  @Json(name = "person_name")
  Optional<String> personName();

  /**
   * A builder, for tests and fakes.
   *
   * @return a new builder
   */
  static ImmutableConversation.Builder builder() {
    return ImmutableConversation.builder();
  }
}
