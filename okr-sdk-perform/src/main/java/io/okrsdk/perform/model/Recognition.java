package io.okrsdk.perform.model;

import io.okrsdk.core.json.HasUnrecognized;
import com.squareup.moshi.Json;
import io.okrsdk.core.json.OkrModel;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A recognition: a response that mentions a colleague, as {@code GET api/v2/recognition/} lists
 * them.
 *
 * <p>Only {@link #apiId()} is required; fields this SDK does not know are ignored.
 */
@OkrModel
@Value.Immutable
public interface Recognition extends HasUnrecognized {
  /**
   * The recognition's id.
   *
   * @return the id
   */
  @Json(name = "api_id")
  String apiId();

  /**
   * The id of the question answered.
   *
   * @return the question's id
   */
  @Json(name = "question_api_id")
  Optional<String> questionApiId();

  /**
   * The text of the question answered.
   *
   * @return the question's text
   */
  @Json(name = "question_text")
  Optional<String> questionText();

  /**
   * The id of the response that holds the recognition.
   *
   * @return the response's id
   */
  @Json(name = "response_api_id")
  Optional<String> responseApiId();

  /**
   * The text of the response.
   *
   * @return the response's text
   */
  @Json(name = "response_text")
  Optional<String> responseText();

  /**
   * The author's id.
   *
   * @return the author's id
   */
  @Json(name = "author_api_id")
  Optional<String> authorApiId();

  /**
   * The author's full name.
   *
   * @return the author's name
   */
  @Json(name = "author_name")
  Optional<String> authorName();

  /**
   * The author's email address.
   *
   * @return the author's email address
   */
  @Json(name = "author_email")
  Optional<String> authorEmail();

  /**
   * The id of the employee mentioned.
   *
   * @return the mentioned employee's id
   */
  @Json(name = "mentioned_api_id")
  Optional<String> mentionedApiId();

  /**
   * The full name of the employee mentioned.
   *
   * @return the mentioned employee's name
   */
  @Json(name = "mentioned_name")
  Optional<String> mentionedName();

  /**
   * The email address of the employee mentioned.
   *
   * @return the mentioned employee's email address
   */
  @Json(name = "mentioned_email")
  Optional<String> mentionedEmail();

  /**
   * A builder, for tests and fakes.
   *
   * @return a new builder
   */
  static ImmutableRecognition.Builder builder() {
    return ImmutableRecognition.builder();
  }
}
