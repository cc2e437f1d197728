package io.okrsdk.perform.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One page of {@code GET api/v2/recognition/}: {@code count}, {@code next}, {@code previous}, {@code results}. */
@OkrModel
@Value.Immutable
public interface RecognitionPage extends HasUnrecognized {
  /**
   * The number of recognitions in the whole listing.
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
   * The recognitions on this page.
   *
   * @return the recognitions, in server order
   */
  List<Recognition> results();

  /**
   * A builder, for tests and fakes.
   *
   * @return a new builder
   */
  static ImmutableRecognitionPage.Builder builder() {
    return ImmutableRecognitionPage.builder();
  }
}
