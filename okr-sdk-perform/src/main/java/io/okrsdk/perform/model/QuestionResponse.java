package io.okrsdk.perform.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One employee's response to a question, as {@code GET api/v2/questions/{api_id}/responses/} lists
 * them.
 *
 * <p>Unverified shape: the help centre names the endpoint, but its field list was not in the copy
 * read. The attributes below are the vendor's spelling for a response elsewhere (a check-in's
 * responses, and {@code response_text} of a recognition); only {@link #apiId()} is required, every
 * other attribute may be empty, and fields this SDK does not know (the answer's value, for
 * instance, if the vendor names it otherwise) are kept as raw JSON in {@code
 * unrecognized().unknownFields()}.
 */
@OkrModel
@Value.Immutable
public interface QuestionResponse extends EmployeeResponse, HasUnrecognized {
  /**
   * The answer as text (unverified name).
   *
   * @return the text
   */
  Optional<String> text();

  /**
   * A builder, for tests and fakes.
   *
   * @return a new builder
   */
  static ImmutableQuestionResponse.Builder builder() {
    return ImmutableQuestionResponse.builder();
  }
}
