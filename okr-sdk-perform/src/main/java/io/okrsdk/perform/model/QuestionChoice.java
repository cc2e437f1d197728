package io.okrsdk.perform.model;

import com.squareup.moshi.Json;
import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.util.Optional;
import org.immutables.value.Value;

/** One option of a {@link QuestionType#CHOICE} question: {@code api_id} and {@code text}. */
@OkrModel
@Value.Immutable
public interface QuestionChoice extends HasUnrecognized {
  /**
   * The choice's id.
   *
   * @return the id
   */
  @Json(name = "api_id")
  Optional<String> apiId();

  /**
   * The choice's text, such as {@code Very difficult}.
   *
   * @return the text
   */
  Optional<String> text();

  /**
   * A builder, for tests and fakes.
   *
   * @return a new builder
   */
  static ImmutableQuestionChoice.Builder builder() {
    return ImmutableQuestionChoice.builder();
  }
}
