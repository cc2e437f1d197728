package io.okrsdk.jira.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/** A comment on an update. */
@OkrModel
@Value.Immutable
public interface UpdateComment extends HasUnrecognized {
  /**
   * The comment's id.
   *
   * @return the id
   */
  String commentId();

  /**
   * The id of the update commented on.
   *
   * @return the update id, when sent
   */
  Optional<String> updateId();

  /**
   * The comment's text.
   *
   * @return the text, when sent
   */
  Optional<String> text();

  /**
   * The Atlassian account id of the author.
   *
   * @return the author's account id, when sent
   */
  Optional<String> authorAccountId();

  /**
   * The id of the comment this one replies to.
   *
   * @return the comment id, when it is a reply
   */
  Optional<String> replyToCommentId();

  /**
   * When the comment was written.
   *
   * @return the time, when sent
   */
  Optional<OffsetDateTime> created();

  /**
   * When the comment was last edited.
   *
   * @return the time, when edited
   */
  Optional<OffsetDateTime> lastEdited();

  /**
   * A builder with one method per attribute, named like the attribute's accessor above: an
   * {@code Optional<T>} attribute is set with a {@code T} (or an {@code Optional}), a list with
   * {@code addX(..)}, {@code addAllX(..)} or {@code x(Iterable)}, a map with {@code putX(..)}.
   * Unset optional attributes stay empty (a request model then leaves them out of the JSON);
   * {@code build()} throws {@link IllegalStateException} naming any required attribute that was
   * not set. The builder's type, {@code ImmutableUpdateComment.Builder}, is generated at compile time
   * and not listed in this Javadoc.
   *
   * @return the builder
   */
  static ImmutableUpdateComment.Builder builder() {
    return ImmutableUpdateComment.builder();
  }
}
