package io.okrsdk.perform.query;

import io.okrsdk.core.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The filters of {@code GET api/v2/recognition/}; every filter is optional and unset filters are not sent.
 * Paging ({@code limit}, {@code offset}) is handled by {@code RecognitionService.list(RecognitionQuery, int)}.
 *
 * <p>Immutable and thread-safe; {@code build()} refuses a blank filter with {@link
 * IllegalArgumentException}.
 */
@Value.Immutable
public interface RecognitionQuery {
  /**
   * {@code author_email}: the recognition author's email address.
   *
   * @return the filter, empty when not sent
   */
  Optional<String> authorEmail();

  /**
   * {@code author_name}: the recognition author's full name.
   *
   * @return the filter, empty when not sent
   */
  Optional<String> authorName();

  /**
   * {@code mentioned_email}: the email address of the employee mentioned.
   *
   * @return the filter, empty when not sent
   */
  Optional<String> mentionedEmail();

  /**
   * {@code mentioned_name}: the full name of the employee mentioned.
   *
   * @return the filter, empty when not sent
   */
  Optional<String> mentionedName();

  /**
   * Refuses a blank filter.
   *
   * @throws IllegalArgumentException naming the filter
   */
  @Value.Check
  default void check() {
    authorEmail().ifPresent(value -> Checks.requireText(value, "authorEmail"));
    authorName().ifPresent(value -> Checks.requireText(value, "authorName"));
    mentionedEmail().ifPresent(value -> Checks.requireText(value, "mentionedEmail"));
    mentionedName().ifPresent(value -> Checks.requireText(value, "mentionedName"));
  }

  /**
   * A query without filters.
   *
   * @return the query
   */
  static RecognitionQuery all() {
    return builder().build();
  }

  /**
   * A builder with no filter set.
   *
   * @return a new builder
   */
  static ImmutableRecognitionQuery.Builder builder() {
    return ImmutableRecognitionQuery.builder();
  }
}
