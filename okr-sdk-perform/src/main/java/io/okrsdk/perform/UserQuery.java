package io.okrsdk.perform;

import java.util.Objects;
import java.util.Optional;

/**
 * The filters of {@code GET api/v2/users/}; every filter is optional and unset filters are not sent.
 * Paging ({@code limit}, {@code offset}) is handled by {@link UserService#list(UserQuery, int)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class UserQuery {
  private static final UserQuery ALL = new Builder().build();

  private final String name;
  private final String departmentName;
  private final String managerName;
  private final Boolean isActive;

  private UserQuery(Builder builder) {
    this.name = builder.name;
    this.departmentName = builder.departmentName;
    this.managerName = builder.managerName;
    this.isActive = builder.isActive;
  }

  /**
   * A query without filters.
   *
   * @return the query
   */
  public static UserQuery all() {
    return ALL;
  }

  /**
   * A builder with no filter set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@code name}: the user's name or a part of it, matched case-insensitively.
   *
   * @return the filter, empty when not sent
   */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /**
   * {@code department_name}: a department's name or a part of it, matched case-insensitively.
   *
   * @return the filter, empty when not sent
   */
  public Optional<String> departmentName() {
    return Optional.ofNullable(departmentName);
  }

  /**
   * {@code manager_name}: the manager's name or a part of it, matched case-insensitively.
   *
   * @return the filter, empty when not sent
   */
  public Optional<String> managerName() {
    return Optional.ofNullable(managerName);
  }

  /**
   * {@code is_active}: whether the user is active.
   *
   * @return the filter, empty when not sent
   */
  public Optional<Boolean> isActive() {
    return Optional.ofNullable(isActive);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof UserQuery)) {
      return false;
    }
    UserQuery that = (UserQuery) other;
    return Objects.equals(name, that.name)
        && Objects.equals(departmentName, that.departmentName)
        && Objects.equals(managerName, that.managerName)
        && Objects.equals(isActive, that.isActive);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, departmentName, managerName, isActive);
  }

  @Override
  public String toString() {
    return "UserQuery{name=" + name + ", departmentName=" + departmentName + ", managerName=" + managerName + ", isActive=" + isActive + "}";
  }

  /** Builds a {@link UserQuery}. Not thread-safe. */
  public static final class Builder {
    private String name;
    private String departmentName;
    private String managerName;
    private Boolean isActive;

    private Builder() {}

    /**
     * Sets {@code name}: the user's name or a part of it, matched case-insensitively.
     *
     * @param name the value, or {@code null} to leave the filter out
     * @return this builder
     * @throws IllegalArgumentException when the value is blank
     */
    public Builder name(String name) {
      this.name = checked(name, "name");
      return this;
    }

    /**
     * Sets {@code department_name}: a department's name or a part of it, matched case-insensitively.
     *
     * @param departmentName the value, or {@code null} to leave the filter out
     * @return this builder
     * @throws IllegalArgumentException when the value is blank
     */
    public Builder departmentName(String departmentName) {
      this.departmentName = checked(departmentName, "departmentName");
      return this;
    }

    /**
     * Sets {@code manager_name}: the manager's name or a part of it, matched case-insensitively.
     *
     * @param managerName the value, or {@code null} to leave the filter out
     * @return this builder
     * @throws IllegalArgumentException when the value is blank
     */
    public Builder managerName(String managerName) {
      this.managerName = checked(managerName, "managerName");
      return this;
    }

    /**
     * Sets {@code is_active}: whether the user is active.
     *
     * @param isActive the value, or {@code null} to leave the filter out
     * @return this builder
     */
    public Builder isActive(Boolean isActive) {
      this.isActive = isActive;
      return this;
    }

    /**
     * The query.
     *
     * @return the query
     */
    public UserQuery build() {
      return new UserQuery(this);
    }

    private static String checked(String value, String name) {
      if (value != null && value.isBlank()) {
        throw new IllegalArgumentException(name + " must not be blank; pass null to leave it out");
      }
      return value;
    }
  }
}
