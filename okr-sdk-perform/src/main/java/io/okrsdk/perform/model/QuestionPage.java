package io.okrsdk.perform.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One page of {@code GET api/v2/questions/}: {@code count}, {@code next}, {@code previous}, {@code results}. */
@OkrModel
@Value.Immutable
public interface QuestionPage extends HasUnrecognized {
  /**
   * The number of questions in the whole listing.
   *
   * @return the total count
   */
  long count();

  /**
   * The absolute URL of the next page.
   *
   * @return the link, empty on the last page
   */
  Optional<String> next();

  /**
   * The absolute URL of the previous page.
   *
   * @return the link, empty on the first page
   */
  Optional<String> previous();

  /**
   * The questions on this page.
   *
   * @return the questions, in server order
   */
  List<Question> results();

  /**
   * A builder, for tests and fakes.
   *
   * @return a new builder
   */
  static ImmutableQuestionPage.Builder builder() {
    return ImmutableQuestionPage.builder();
  }
}
