package io.okrsdk.jira.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One page of update comments. */
@OkrModel
@Value.Immutable
public interface CommentPage extends HasUnrecognized {
  /**
   * The comments on this page.
   *
   * @return the comments, possibly empty
   */
  List<UpdateComment> comments();

  /**
   * The cursor of the next page.
   *
   * @return the cursor, empty on the last page
   */
  Optional<String> nextCursor();

  /**
   * A new builder.
   *
   * @return the builder
   */
  static ImmutableCommentPage.Builder builder() {
    return ImmutableCommentPage.builder();
  }
}
