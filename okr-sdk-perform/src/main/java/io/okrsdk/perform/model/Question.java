package io.okrsdk.perform.model;

import com.squareup.moshi.Json;
import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import io.okrsdk.core.json.OpenEnum;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A question of check-ins and conversations, as {@code GET api/v2/questions/} lists them and {@code
 * GET api/v2/questions/{api_id}/} returns one.
 *
 * <p>Only {@link #apiId()} is required. The single-question response is documented only as "the
 * details": it is read with the listing's fields, and fields this SDK does not know are kept in
 * {@link #unrecognized()}.
 */
@OkrModel
@Value.Immutable
public interface Question extends HasUnrecognized {
  /**
   * The question's id; pass it to {@code questions().get(...)} or {@code questions().responses(...)}.
   *
   * @return the id
   */
  @Json(name = "api_id")
  String apiId();

  /**
   * The question's text.
   *
   * @return the text
   */
  Optional<String> text();

  /**
   * The kind of question: {@code choice}, {@code rating}, {@code text}, {@code yes/no} or {@code
   * recognition}; another value is kept as sent.
   *
   * @return the type
   */
  Optional<OpenEnum<QuestionType>> type();

  /**
   * The options of a {@link QuestionType#CHOICE} question; empty for every other type.
   *
   * @return the choices, in server order
   */
  List<QuestionChoice> choices();

  /**
   * A builder, for tests and fakes.
   *
   * @return a new builder
   */
  static ImmutableQuestion.Builder builder() {
    return ImmutableQuestion.builder();
  }
}
