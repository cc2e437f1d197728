package io.okrsdk.jira.query;

import io.okrsdk.core.internal.Checks;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Which updates {@code UpdateService.history(UpdateHistoryQuery)} lists: of one objective or key
 * result or of all, within an open time interval, with a page size.
 *
 * <pre>{@code
 * UpdateHistoryQuery query = UpdateHistoryQuery.builder()
 *     .entityId(objectiveId)
 *     .laterThan(Instant.parse("2024-01-01T00:00:00Z"))
 *     .pageSize(100)
 *     .build();
 * }</pre>
 *
 * <p>Immutable; {@code build()} refuses a blank entity id, a page size outside 1 to 1000 and an
 * empty interval with {@link IllegalArgumentException}.
 */
@Value.Immutable
public interface UpdateHistoryQuery {
  /** The largest page size the API accepts. */
  int MAX_PAGE_SIZE = 1000;

  /**
   * {@code entityId}: the objective or key result whose updates to list.
   *
   * @return the id, empty for the updates of every objective and key result
   */
  Optional<String> entityId();

  /**
   * {@code pageSize}: updates per page, 1 to 1000.
   *
   * @return the page size, empty for the server's default (1000)
   */
  OptionalInt pageSize();

  /**
   * {@code laterThan}: only updates after this time (exclusive).
   *
   * @return the bound, empty for none
   */
  Optional<Instant> laterThan();

  /**
   * {@code earlierThan}: only updates before this time (exclusive).
   *
   * @return the bound, empty for none
   */
  Optional<Instant> earlierThan();

  /**
   * Refuses a blank entity id, a page size the API refuses and an empty interval.
   *
   * @throws IllegalArgumentException when a value cannot be sent
   */
  @Value.Check
  default void check() {
    entityId().ifPresent(id -> Checks.requireText(id, "entityId"));
    pageSize().ifPresent(size -> Checks.pageSize(size, MAX_PAGE_SIZE, "pageSize"));
    Checks.openInterval(laterThan().orElse(null), "laterThan", earlierThan().orElse(null), "earlierThan");
  }

  /**
   * Every update, in the server's page size.
   *
   * @return the query
   */
  static UpdateHistoryQuery all() {
    return builder().build();
  }

  /**
   * The updates of one objective or key result.
   *
   * @param entityId the objective's or key result's id
   * @return the query
   * @throws IllegalArgumentException when the id is null or blank
   */
  static UpdateHistoryQuery forEntity(String entityId) {
    return builder().entityId(Checks.requireText(entityId, "entityId")).build();
  }

  /**
   * A new builder with nothing set.
   *
   * @return the builder
   */
  static ImmutableUpdateHistoryQuery.Builder builder() {
    return ImmutableUpdateHistoryQuery.builder();
  }
}
