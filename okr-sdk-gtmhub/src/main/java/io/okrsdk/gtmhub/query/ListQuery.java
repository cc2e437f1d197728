package io.okrsdk.gtmhub.query;

import io.okrsdk.core.internal.PathSegments;
import java.util.Objects;
import java.util.Optional;

/**
 * The query of the goals listing ({@code GET /api/v2/goals}): projection, sort, filter,
 * formatting and page size. Paging ({@code skip}, {@code limit}) is done by the listing itself.
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
 * <p>Immutable; build with {@link #builder()}.
 */
public final class ListQuery {
  /** The page size the service uses when none is given. */
  public static final int DEFAULT_PAGE_SIZE = 100;

  private final String fields;
  private final String sort;
  private final String filter;
  private final String formatting;
  private final int pageSize;

  private ListQuery(Builder builder) {
    this.fields = builder.fields;
    this.sort = builder.sort;
    this.filter = builder.filter;
    this.formatting = builder.formatting;
    this.pageSize = builder.pageSize;
  }

  /**
   * A query without projection, sort or filter, with the default page size.
   *
   * @return the query
   */
  public static ListQuery all() {
    return builder().build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The {@code fields} value.
   *
   * @return the projection, when set
   */
  public Optional<String> fields() {
    return Optional.ofNullable(fields);
  }

  /**
   * The {@code sort} value.
   *
   * @return the sort, when set
   */
  public Optional<String> sort() {
    return Optional.ofNullable(sort);
  }

  /**
   * The {@code filter} value.
   *
   * @return the filter expression, when set
   */
  public Optional<String> filter() {
    return Optional.ofNullable(filter);
  }

  /**
   * The {@code formatting} value.
   *
   * @return the formatting, when set
   */
  public Optional<String> formatting() {
    return Optional.ofNullable(formatting);
  }

  /**
   * Goals per request, sent as {@code limit}.
   *
   * @return the page size
   */
  public int pageSize() {
    return pageSize;
  }

  @Override
  public String toString() {
    return "ListQuery{fields=" + fields + ", sort=" + sort + ", filter=" + filter + ", formatting=" + formatting
        + ", pageSize=" + pageSize + "}";
  }

  /** Builds a {@link ListQuery}. Not thread-safe. */
  public static final class Builder {
    private String fields;
    private String sort;
    private String filter;
    private String formatting;
    private int pageSize = DEFAULT_PAGE_SIZE;

    private Builder() {}

    /**
     * The fields to retrieve.
     *
     * @param fields the projection
     * @return this builder
     */
    public Builder fields(Fields fields) {
      this.fields = Objects.requireNonNull(fields, "fields").toString();
      return this;
    }

    /**
     * The fields to retrieve, as raw text such as {@code name,description}.
     *
     * @param fields the projection
     * @return this builder
     */
    public Builder fields(String fields) {
      return fields(Fields.raw(fields));
    }

    /**
     * The order.
     *
     * @param sort the sort
     * @return this builder
     */
    public Builder sort(Sort sort) {
      this.sort = Objects.requireNonNull(sort, "sort").toString();
      return this;
    }

    /**
     * The order, as raw text such as {@code -name,dateCreated}.
     *
     * @param sort the sort
     * @return this builder
     */
    public Builder sort(String sort) {
      return sort(Sort.raw(sort));
    }

    /**
     * Which goals to list.
     *
     * @param filter the filter
     * @return this builder
     */
    public Builder filter(Filter filter) {
      this.filter = Objects.requireNonNull(filter, "filter").toJson();
      return this;
    }

    /**
     * Which goals to list, as a raw expression such as {@code {name: {$in: ["sales"]}}}.
     *
     * @param filter the expression
     * @return this builder
     */
    public Builder filter(String filter) {
      return filter(Filter.raw(filter));
    }

    /**
     * How descriptions are returned.
     *
     * @param formatting the formatting
     * @return this builder
     */
    public Builder formatting(Formatting formatting) {
      this.formatting = Objects.requireNonNull(formatting, "formatting").wireValue();
      return this;
    }

    /**
     * How descriptions are returned, as raw text such as {@code plainText}.
     *
     * @param formatting the formatting
     * @return this builder
     */
    public Builder formatting(String formatting) {
      this.formatting = PathSegments.requireText(formatting, "formatting").trim();
      return this;
    }

    /**
     * Goals per request ({@code limit}); default {@value ListQuery#DEFAULT_PAGE_SIZE}.
     *
     * @param pageSize at least 1
     * @return this builder
     */
    public Builder pageSize(int pageSize) {
      if (pageSize < 1) {
        throw new IllegalArgumentException("pageSize must be at least 1, was " + pageSize);
      }
      this.pageSize = pageSize;
      return this;
    }

    /**
     * The query.
     *
     * @return the query
     */
    public ListQuery build() {
      return new ListQuery(this);
    }
  }
}
