package io.okrsdk.jira;

import io.okrsdk.core.internal.PathSegments;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which updates {@link UpdateService#history(UpdateHistoryQuery)} lists: of one objective or key
 * result or of all, within an open time interval, with a page size. Immutable.
 */
public final class UpdateHistoryQuery {
  private final String entityId;
  private final Integer pageSize;
  private final Instant laterThan;
  private final Instant earlierThan;

  private UpdateHistoryQuery(Builder builder) {
    QueryChecks.interval(builder.laterThan, builder.earlierThan);
    this.entityId = builder.entityId;
    this.pageSize = builder.pageSize;
    this.laterThan = builder.laterThan;
    this.earlierThan = builder.earlierThan;
  }

  /**
   * Every update, in the server's page size.
   *
   * @return the query
   */
  public static UpdateHistoryQuery all() {
    return builder().build();
  }

  /**
   * The updates of one objective or key result.
   *
   * @param entityId the objective's or key result's id
   * @return the query
   * @throws IllegalArgumentException when the id is null or blank
   */
  public static UpdateHistoryQuery forEntity(String entityId) {
    return builder().entityId(entityId).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Only updates of this objective or key result ({@code entityId}).
   *
   * @return the id, empty for all
   */
  public Optional<String> entityId() {
    return Optional.ofNullable(entityId);
  }

  /**
   * Updates per page ({@code pageSize}).
   *
   * @return the size, empty for the server's default (1000)
   */
  public OptionalInt pageSize() {
    return pageSize == null ? OptionalInt.empty() : OptionalInt.of(pageSize);
  }

  /**
   * Only updates after this time, exclusive ({@code laterThan}).
   *
   * @return the bound, when set
   */
  public Optional<Instant> laterThan() {
    return Optional.ofNullable(laterThan);
  }

  /**
   * Only updates before this time, exclusive ({@code earlierThan}).
   *
   * @return the bound, when set
   */
  public Optional<Instant> earlierThan() {
    return Optional.ofNullable(earlierThan);
  }

  Integer pageSizeOrNull() {
    return pageSize;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof UpdateHistoryQuery)) {
      return false;
    }
    UpdateHistoryQuery that = (UpdateHistoryQuery) other;
    return Objects.equals(entityId, that.entityId)
        && Objects.equals(pageSize, that.pageSize)
        && Objects.equals(laterThan, that.laterThan)
        && Objects.equals(earlierThan, that.earlierThan);
  }

  @Override
  public int hashCode() {
    return Objects.hash(entityId, pageSize, laterThan, earlierThan);
  }

  @Override
  public String toString() {
    return "UpdateHistoryQuery{entityId=" + entityId + ", pageSize=" + pageSize + ", laterThan=" + laterThan
        + ", earlierThan=" + earlierThan + "}";
  }

  /** Builds an {@link UpdateHistoryQuery}; every setting is optional. Not thread-safe. */
  public static final class Builder {
    private String entityId;
    private Integer pageSize;
    private Instant laterThan;
    private Instant earlierThan;

    private Builder() {}

    /**
     * Only updates of this objective or key result.
     *
     * @param entityId the id
     * @return this builder
     * @throws IllegalArgumentException when the id is null or blank
     */
    public Builder entityId(String entityId) {
      this.entityId = PathSegments.requireText(entityId, "entityId");
      return this;
    }

    /**
     * Updates per page.
     *
     * @param pageSize 1 to 1000
     * @return this builder
     * @throws IllegalArgumentException when out of range
     */
    public Builder pageSize(int pageSize) {
      this.pageSize = QueryChecks.pageSize(pageSize);
      return this;
    }

    /**
     * Only updates after this time (exclusive).
     *
     * @param laterThan the bound
     * @return this builder
     */
    public Builder laterThan(Instant laterThan) {
      this.laterThan = Objects.requireNonNull(laterThan, "laterThan");
      return this;
    }

    /**
     * Only updates before this time (exclusive).
     *
     * @param earlierThan the bound
     * @return this builder
     */
    public Builder earlierThan(Instant earlierThan) {
      this.earlierThan = Objects.requireNonNull(earlierThan, "earlierThan");
      return this;
    }

    /**
     * Builds the query.
     *
     * @return the query
     * @throws IllegalArgumentException when {@code laterThan} is not before {@code earlierThan}
     */
    public UpdateHistoryQuery build() {
      return new UpdateHistoryQuery(this);
    }
  }
}
