package io.okrsdk.jira.query;

import io.okrsdk.core.internal.Checks;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Which comments {@code UpdateService.comments(UpdateCommentQuery)} lists: those on some updates
 * (one {@code updateId} parameter each, duplicates dropped, order kept) or all, within an open
 * time interval, with a page size.
 *
 * <pre>{@code
 * UpdateCommentQuery query = UpdateCommentQuery.builder()
 *     .addUpdateIds(updateId)
 *     .pageSize(50)
 *     .build();
 * }</pre>
 *
 * <p>Immutable; {@code build()} refuses a blank update id, a page size outside 1 to 1000 and an
 * empty interval with {@link IllegalArgumentException}.
 */
@Value.Immutable
public interface UpdateCommentQuery {
  /** The largest page size the API accepts. */
  int MAX_PAGE_SIZE = 1000;

  /**
   * {@code updateId}: the updates whose comments to list ({@code OkrUpdate.updateId()}).
   *
   * @return the ids in the order given, empty for the comments on every update
   */
  Set<String> updateIds();

  /**
   * {@code pageSize}: comments per page, 1 to 1000.
   *
   * @return the page size, empty for the server's default
   */
  OptionalInt pageSize();

  /**
   * {@code laterThan}: only comments after this time (exclusive).
   *
   * @return the bound, empty for none
   */
  Optional<Instant> laterThan();

  /**
   * {@code earlierThan}: only comments before this time (exclusive).
   *
   * @return the bound, empty for none
   */
  Optional<Instant> earlierThan();

  /**
   * Refuses a blank update id, a page size the API refuses and an empty interval.
   *
   * @throws IllegalArgumentException when a value cannot be sent
   */
  @Value.Check
  default void check() {
    updateIds().forEach(id -> Checks.requireText(id, "updateId"));
    pageSize().ifPresent(size -> Checks.pageSize(size, MAX_PAGE_SIZE, "pageSize"));
    Checks.openInterval(laterThan().orElse(null), "laterThan", earlierThan().orElse(null), "earlierThan");
  }

  /**
   * Every comment, in the server's page size.
   *
   * @return the query
   */
  static UpdateCommentQuery all() {
    return builder().build();
  }

  /**
   * The comments on some updates.
   *
   * @param updateIds the updates' ids ({@code OkrUpdate.updateId()}); at least one, none null or
   *     blank
   * @return the query
   * @throws IllegalArgumentException when there is no id or an id is null or blank
   */
  static UpdateCommentQuery forUpdates(String... updateIds) {
    Checks.require(updateIds, "updateIds");
    return builder().addAllUpdateIds(Checks.idList(Arrays.asList(updateIds), "updateIds")).build();
  }

  /**
   * A new builder with nothing set.
   *
   * @return the builder
   */
  static ImmutableUpdateCommentQuery.Builder builder() {
    return ImmutableUpdateCommentQuery.builder();
  }
}
