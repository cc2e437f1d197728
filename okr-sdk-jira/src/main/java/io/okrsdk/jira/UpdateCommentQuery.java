package io.okrsdk.jira;

import io.okrsdk.core.internal.PathSegments;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Which comments {@link UpdateService#comments(UpdateCommentQuery)} lists: those on some updates (one
 * {@code updateId} parameter each) or all, within an open time interval, with a page size.
 * Immutable.
 */
public final class UpdateCommentQuery {
  private final List<String> updateIds;
  private final Integer pageSize;
  private final Instant laterThan;
  private final Instant earlierThan;

  private UpdateCommentQuery(Builder builder) {
    QueryChecks.interval(builder.laterThan, builder.earlierThan);
    this.updateIds = List.copyOf(builder.updateIds);
    this.pageSize = builder.pageSize;
    this.laterThan = builder.laterThan;
    this.earlierThan = builder.earlierThan;
  }

  /**
   * Every comment, in the server's page size.
   *
   * @return the query
   */
  public static UpdateCommentQuery all() {
    return builder().build();
  }

  /**
   * The comments on some updates.
   *
   * @param updateIds the updates' ids ({@code OkrUpdate.updateId()}); none null or blank
   * @return the query
   * @throws IllegalArgumentException when an id is null or blank
   */
  public static UpdateCommentQuery forUpdates(String... updateIds) {
    Objects.requireNonNull(updateIds, "updateIds");
    return builder().updateIds(Arrays.asList(updateIds)).build();
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
   * Only comments on these updates ({@code updateId}, repeated).
   *
   * @return the ids, empty for all
   */
  public List<String> updateIds() {
    return updateIds;
  }

  /**
   * Comments per page ({@code pageSize}).
   *
   * @return the size, empty for the server's default
   */
  public OptionalInt pageSize() {
    return pageSize == null ? OptionalInt.empty() : OptionalInt.of(pageSize);
  }

  /**
   * Only comments after this time, exclusive ({@code laterThan}).
   *
   * @return the bound, when set
   */
  public Optional<Instant> laterThan() {
    return Optional.ofNullable(laterThan);
  }

  /**
   * Only comments before this time, exclusive ({@code earlierThan}).
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
    if (!(other instanceof UpdateCommentQuery)) {
      return false;
    }
    UpdateCommentQuery that = (UpdateCommentQuery) other;
    return updateIds.equals(that.updateIds)
        && Objects.equals(pageSize, that.pageSize)
        && Objects.equals(laterThan, that.laterThan)
        && Objects.equals(earlierThan, that.earlierThan);
  }

  @Override
  public int hashCode() {
    return Objects.hash(updateIds, pageSize, laterThan, earlierThan);
  }

  @Override
  public String toString() {
    return "UpdateCommentQuery{updateIds=" + updateIds + ", pageSize=" + pageSize + ", laterThan=" + laterThan
        + ", earlierThan=" + earlierThan + "}";
  }

  /** Builds an {@link UpdateCommentQuery}; every setting is optional. Not thread-safe. */
  public static final class Builder {
    private final Set<String> updateIds = new LinkedHashSet<>();
    private Integer pageSize;
    private Instant laterThan;
    private Instant earlierThan;

    private Builder() {}

    /**
     * Adds an update whose comments to list.
     *
     * @param updateId the update's id
     * @return this builder
     * @throws IllegalArgumentException when the id is null or blank
     */
    public Builder updateId(String updateId) {
      updateIds.add(PathSegments.requireText(updateId, "updateId"));
      return this;
    }

    /**
     * Adds updates whose comments to list (duplicates are sent once).
     *
     * @param updateIds the updates' ids
     * @return this builder
     * @throws IllegalArgumentException when an id is null or blank
     */
    public Builder updateIds(Collection<String> updateIds) {
      Objects.requireNonNull(updateIds, "updateIds");
      for (String updateId : new ArrayList<>(updateIds)) {
        updateId(updateId);
      }
      return this;
    }

    /**
     * Comments per page.
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
     * Only comments after this time (exclusive).
     *
     * @param laterThan the bound
     * @return this builder
     */
    public Builder laterThan(Instant laterThan) {
      this.laterThan = Objects.requireNonNull(laterThan, "laterThan");
      return this;
    }

    /**
     * Only comments before this time (exclusive).
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
    public UpdateCommentQuery build() {
      return new UpdateCommentQuery(this);
    }
  }
}
