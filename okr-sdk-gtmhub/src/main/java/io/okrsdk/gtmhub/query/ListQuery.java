package io.okrsdk.gtmhub.query;

import io.okrsdk.core.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The query of a Gtmhub listing ({@code GET /api/v2/goals}, {@code /metrics}, {@code /sessions},
 * {@code /users}, {@code /teams}): projection, sort, filter, formatting and page size. Paging
 * ({@code skip}, {@code limit}) is done by the listing itself.
 *
 * <pre>{@code
 * ListQuery query = ListQuery.builder()
 *     .filter(Filter.in("name", "sales", "marketing"))
 *     .sort(Sort.descending("name").thenAscending("dateCreated"))
 *     .fields(Fields.of("name", "description"))
 *     .formatting(Formatting.PLAIN_TEXT)
 *     .pageSize(50)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@code build()} refuses a page size below 1 with {@link
 * IllegalArgumentException}. {@link Fields#raw(String)}, {@link Sort#raw(String)} and {@link
 * Filter#raw(String)} take an expression the typed methods cannot write.
 */
@Value.Immutable
public interface ListQuery {
  /** The page size the listings use when none is given. */
  int DEFAULT_PAGE_SIZE = 100;

  /**
   * {@code fields}: the projection.
   *
   * @return the fields to retrieve, when set
   */
  Optional<Fields> fields();

  /**
   * {@code sort}: the order.
   *
   * @return the sort, when set
   */
  Optional<Sort> sort();

  /**
   * {@code filter}: which items to list.
   *
   * @return the filter, when set
   */
  Optional<Filter> filter();

  /**
   * {@code formatting}: how descriptions are returned.
   *
   * @return the formatting, when set
   */
  Optional<Formatting> formatting();

  /**
   * Items per request, sent as {@code limit}; default {@value #DEFAULT_PAGE_SIZE}.
   *
   * @return the page size
   */
  @Value.Default
  default int pageSize() {
    return DEFAULT_PAGE_SIZE;
  }

  /**
   * Refuses a page size below 1.
   *
   * @throws IllegalArgumentException when the page size is out of range
   */
  @Value.Check
  default void check() {
    Checks.pageSize(pageSize(), Integer.MAX_VALUE, "pageSize");
  }

  /**
   * A query without projection, sort or filter, with the default page size.
   *
   * @return the query
   */
  static ListQuery all() {
    return builder().build();
  }

  /**
   * A builder with nothing set.
   *
   * @return a new builder
   */
  static ImmutableListQuery.Builder builder() {
    return ImmutableListQuery.builder();
  }
}
