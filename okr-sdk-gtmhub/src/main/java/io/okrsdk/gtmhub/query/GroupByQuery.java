package io.okrsdk.gtmhub.query;

import io.okrsdk.core.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The query of the grouped-by listings ({@code goals/groupBy/owners}, {@code
 * goals/groupBy/reviewers}). Paging ({@code skip}, {@code take}) is done by the listing itself.
 *
 * <pre>{@code
 * GroupByQuery query = GroupByQuery.builder()
 *     .filter(DeadlineFilter.CURRENT)
 *     .addOwnerIds("6197665868264500014d04e0")
 *     .attainment(AttainmentCondition.greaterThan(0.5))
 *     .metricAfter(LocalDate.of(2021, 3, 20))
 *     .includeMetrics(true)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@code build()} refuses a blank id, an id holding a comma (the
 * API joins ids with commas) and a page size below 1 with {@link IllegalArgumentException}. An
 * empty id list is not sent.
 */
@Value.Immutable
public interface GroupByQuery {
  /** Groups per request when no page size is given. */
  int DEFAULT_PAGE_SIZE = 100;

  /**
   * The named {@code filter}.
   *
   * @return current, past or future goals, when set
   */
  Optional<DeadlineFilter> filter();

  /**
   * {@code ids}: the goals to group.
   *
   * @return the goal ids; empty when not sent
   */
  List<String> ids();

  /**
   * {@code ownerIds}: the goal owners to group.
   *
   * @return the owner ids; empty when not sent
   */
  List<String> ownerIds();

  /**
   * {@code metricOwnerId}: the metric owners whose goals to group.
   *
   * @return the metric owner ids; empty when not sent
   */
  List<String> metricOwnerIds();

  /**
   * {@code attainment}: the goals' attainment condition.
   *
   * @return the condition, such as {@code >0.5}, when set
   */
  Optional<AttainmentCondition> attainment();

  /**
   * {@code metricBefore}: metrics updated before this date.
   *
   * @return the date, when set
   */
  Optional<LocalDate> metricBefore();

  /**
   * {@code metricAfter}: metrics updated after this date.
   *
   * @return the date, when set
   */
  Optional<LocalDate> metricAfter();

  /**
   * {@code metricAttainment}: the metrics' attainment condition.
   *
   * @return the condition, when set
   */
  Optional<AttainmentCondition> metricAttainment();

  /**
   * {@code sort}: the order of the groups.
   *
   * @return the sort, when set
   */
  Optional<Sort> sort();

  /**
   * {@code includeMetrics}: whether each goal comes with its metrics.
   *
   * @return the flag, when set
   */
  Optional<Boolean> includeMetrics();

  /**
   * Groups per request, sent as {@code take}; default {@value #DEFAULT_PAGE_SIZE}.
   *
   * @return the page size
   */
  @Value.Default
  default int pageSize() {
    return DEFAULT_PAGE_SIZE;
  }

  /**
   * Refuses ids the comma-joined query value cannot carry and a page size below 1.
   *
   * @throws IllegalArgumentException naming the setting
   */
  @Value.Check
  default void check() {
    Names.checkIds(ids(), "ids");
    Names.checkIds(ownerIds(), "ownerIds");
    Names.checkIds(metricOwnerIds(), "metricOwnerIds");
    Checks.pageSize(pageSize(), Integer.MAX_VALUE, "pageSize");
  }

  /**
   * A query without conditions, with the default page size.
   *
   * @return the query
   */
  static GroupByQuery all() {
    return builder().build();
  }

  /**
   * A builder with nothing set.
   *
   * @return a new builder
   */
  static ImmutableGroupByQuery.Builder builder() {
    return ImmutableGroupByQuery.builder();
  }
}
