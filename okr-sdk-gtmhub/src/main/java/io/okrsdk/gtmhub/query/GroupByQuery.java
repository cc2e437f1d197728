package io.okrsdk.gtmhub.query;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * The query of the grouped-by listings ({@code goals/groupBy/owners}, {@code
 * goals/groupBy/reviewers}). Paging ({@code skip}, {@code take}) is done by the listing itself.
 *
 * <pre>{@code
 * GroupByQuery query = GroupByQuery.builder()
 *     .filter(DeadlineFilter.CURRENT)
 *     .ownerIds("6197665868264500014d04e0")
 *     .attainment(AttainmentCondition.greaterThan(0.5))
 *     .metricAfter(LocalDate.of(2021, 3, 20))
 *     .includeMetrics(true)
 *     .build();
 * }</pre>
 *
 * <p>Immutable; build with {@link #builder()}.
 */
public final class GroupByQuery {
  /** Groups per request when no page size is given. */
  public static final int DEFAULT_PAGE_SIZE = 100;

  private final String filter;
  private final String ids;
  private final String ownerIds;
  private final String metricOwnerIds;
  private final String attainment;
  private final LocalDate metricBefore;
  private final LocalDate metricAfter;
  private final String metricAttainment;
  private final String sort;
  private final Boolean includeMetrics;
  private final int pageSize;

  private GroupByQuery(Builder builder) {
    this.filter = builder.filter;
    this.ids = builder.ids;
    this.ownerIds = builder.ownerIds;
    this.metricOwnerIds = builder.metricOwnerIds;
    this.attainment = builder.attainment;
    this.metricBefore = builder.metricBefore;
    this.metricAfter = builder.metricAfter;
    this.metricAttainment = builder.metricAttainment;
    this.sort = builder.sort;
    this.includeMetrics = builder.includeMetrics;
    this.pageSize = builder.pageSize;
  }

  /**
   * A query without conditions, with the default page size.
   *
   * @return the query
   */
  public static GroupByQuery all() {
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
   * The named {@code filter}.
   *
   * @return {@code current}, {@code past}, {@code future} or a raw value, when set
   */
  public Optional<String> filter() {
    return Optional.ofNullable(filter);
  }

  /**
   * The {@code ids} value: goal ids joined with commas.
   *
   * @return the ids, when set
   */
  public Optional<String> ids() {
    return Optional.ofNullable(ids);
  }

  /**
   * The {@code ownerIds} value: goal owner ids joined with commas.
   *
   * @return the owner ids, when set
   */
  public Optional<String> ownerIds() {
    return Optional.ofNullable(ownerIds);
  }

  /**
   * The {@code metricOwnerId} value: metric owner ids joined with commas.
   *
   * @return the metric owner ids, when set
   */
  public Optional<String> metricOwnerIds() {
    return Optional.ofNullable(metricOwnerIds);
  }

  /**
   * The {@code attainment} condition.
   *
   * @return the condition, such as {@code >0.5}, when set
   */
  public Optional<String> attainment() {
    return Optional.ofNullable(attainment);
  }

  /**
   * The {@code metricBefore} date.
   *
   * @return the date, when set
   */
  public Optional<LocalDate> metricBefore() {
    return Optional.ofNullable(metricBefore);
  }

  /**
   * The {@code metricAfter} date.
   *
   * @return the date, when set
   */
  public Optional<LocalDate> metricAfter() {
    return Optional.ofNullable(metricAfter);
  }

  /**
   * The {@code metricAttainment} condition.
   *
   * @return the condition, such as {@code >1}, when set
   */
  public Optional<String> metricAttainment() {
    return Optional.ofNullable(metricAttainment);
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
   * The {@code includeMetrics} flag.
   *
   * @return the flag, when set (the service's default is {@code false})
   */
  public Optional<Boolean> includeMetrics() {
    return Optional.ofNullable(includeMetrics);
  }

  /**
   * Groups per request, sent as {@code take}.
   *
   * @return the page size
   */
  public int pageSize() {
    return pageSize;
  }

  @Override
  public String toString() {
    return "GroupByQuery{filter=" + filter + ", ids=" + ids + ", ownerIds=" + ownerIds + ", metricOwnerIds="
        + metricOwnerIds + ", attainment=" + attainment + ", metricBefore=" + metricBefore + ", metricAfter="
        + metricAfter + ", metricAttainment=" + metricAttainment + ", sort=" + sort + ", includeMetrics="
        + includeMetrics + ", pageSize=" + pageSize + "}";
  }

  /** Builds a {@link GroupByQuery}. Not thread-safe. */
  public static final class Builder {
    private String filter;
    private String ids;
    private String ownerIds;
    private String metricOwnerIds;
    private String attainment;
    private LocalDate metricBefore;
    private LocalDate metricAfter;
    private String metricAttainment;
    private String sort;
    private Boolean includeMetrics;
    private int pageSize = DEFAULT_PAGE_SIZE;

    private Builder() {}

    /**
     * Goals by their deadline dates.
     *
     * @param filter the named filter
     * @return this builder
     */
    public Builder filter(DeadlineFilter filter) {
      this.filter = Objects.requireNonNull(filter, "filter").wireValue();
      return this;
    }

    /**
     * Goals by their deadline dates, as raw text such as {@code current}.
     *
     * @param filter the named filter
     * @return this builder
     */
    public Builder filter(String filter) {
      this.filter = Names.check(filter, "filter", "");
      return this;
    }

    /**
     * Only these goals.
     *
     * @param goalIds the goal ids, at least one
     * @return this builder
     */
    public Builder ids(String... goalIds) {
      return ids(Arrays.asList(Objects.requireNonNull(goalIds, "ids")));
    }

    /**
     * Only these goals.
     *
     * @param goalIds the goal ids, at least one
     * @return this builder
     */
    public Builder ids(Collection<String> goalIds) {
      this.ids = Names.joinIds(goalIds, "ids");
      return this;
    }

    /**
     * Only goals owned by these users or teams.
     *
     * @param ownerIds the owner ids, at least one
     * @return this builder
     */
    public Builder ownerIds(String... ownerIds) {
      return ownerIds(Arrays.asList(Objects.requireNonNull(ownerIds, "ownerIds")));
    }

    /**
     * Only goals owned by these users or teams.
     *
     * @param ownerIds the owner ids, at least one
     * @return this builder
     */
    public Builder ownerIds(Collection<String> ownerIds) {
      this.ownerIds = Names.joinIds(ownerIds, "ownerIds");
      return this;
    }

    /**
     * Only goals with metrics owned by these users or teams ({@code metricOwnerId}).
     *
     * @param ownerIds the metric owner ids, at least one
     * @return this builder
     */
    public Builder metricOwnerIds(String... ownerIds) {
      return metricOwnerIds(Arrays.asList(Objects.requireNonNull(ownerIds, "metricOwnerIds")));
    }

    /**
     * Only goals with metrics owned by these users or teams ({@code metricOwnerId}).
     *
     * @param ownerIds the metric owner ids, at least one
     * @return this builder
     */
    public Builder metricOwnerIds(Collection<String> ownerIds) {
      this.metricOwnerIds = Names.joinIds(ownerIds, "metricOwnerId");
      return this;
    }

    /**
     * Only goals whose attainment meets the condition.
     *
     * @param condition the condition, such as {@code greaterThan(0.5)}
     * @return this builder
     */
    public Builder attainment(AttainmentCondition condition) {
      this.attainment = Objects.requireNonNull(condition, "attainment").toString();
      return this;
    }

    /**
     * Only goals whose attainment meets the condition, as raw text such as {@code >0.5}.
     *
     * @param condition the condition
     * @return this builder
     */
    public Builder attainment(String condition) {
      return attainment(AttainmentCondition.raw(condition));
    }

    /**
     * Only goals with metrics checked in before the date.
     *
     * @param date the date, sent as {@code yyyy-mm-dd}
     * @return this builder
     */
    public Builder metricBefore(LocalDate date) {
      this.metricBefore = Objects.requireNonNull(date, "metricBefore");
      return this;
    }

    /**
     * Only goals with metrics checked in after the date.
     *
     * @param date the date, sent as {@code yyyy-mm-dd}
     * @return this builder
     */
    public Builder metricAfter(LocalDate date) {
      this.metricAfter = Objects.requireNonNull(date, "metricAfter");
      return this;
    }

    /**
     * Only goals with metrics whose attainment meets the condition.
     *
     * @param condition the condition, such as {@code greaterThan(1)}
     * @return this builder
     */
    public Builder metricAttainment(AttainmentCondition condition) {
      this.metricAttainment = Objects.requireNonNull(condition, "metricAttainment").toString();
      return this;
    }

    /**
     * Only goals with metrics whose attainment meets the condition, as raw text such as {@code >1}.
     *
     * @param condition the condition
     * @return this builder
     */
    public Builder metricAttainment(String condition) {
      return metricAttainment(AttainmentCondition.raw(condition));
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
     * The order, as raw text such as {@code -attainment}.
     *
     * @param sort the sort
     * @return this builder
     */
    public Builder sort(String sort) {
      return sort(Sort.raw(sort));
    }

    /**
     * Whether the goals carry their metrics (key results).
     *
     * @param includeMetrics the flag
     * @return this builder
     */
    public Builder includeMetrics(boolean includeMetrics) {
      this.includeMetrics = includeMetrics;
      return this;
    }

    /**
     * Groups per request ({@code take}); default {@value GroupByQuery#DEFAULT_PAGE_SIZE}.
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
    public GroupByQuery build() {
      return new GroupByQuery(this);
    }
  }
}
