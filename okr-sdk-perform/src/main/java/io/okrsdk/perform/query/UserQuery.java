package io.okrsdk.perform.query;

import io.okrsdk.core.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The filters of {@code GET api/v2/users/}; every filter is optional and unset filters are not sent.
 * Paging ({@code limit}, {@code offset}) is handled by {@code UserService.list(UserQuery, int)}.
 *
 * <p>Immutable and thread-safe; {@code build()} refuses a blank filter with {@link
 * IllegalArgumentException}.
 */
@Value.Immutable
public interface UserQuery {
  /**
   * {@code name}: the user's name or a part of it, matched case-insensitively.
   *
   * @return the filter, empty when not sent
   */
  Optional<String> name();

  /**
   * {@code department_name}: a department's name or a part of it, matched case-insensitively.
   *
   * @return the filter, empty when not sent
   */
  Optional<String> departmentName();

  /**
   * {@code manager_name}: the manager's name or a part of it, matched case-insensitively.
   *
   * @return the filter, empty when not sent
   */
  Optional<String> managerName();

  /**
   * {@code is_active}: whether the user is active.
   *
   * @return the filter, empty when not sent
   */
  Optional<Boolean> isActive();

  /**
   * Refuses a blank filter.
   *
   * @throws IllegalArgumentException naming the filter
   */
  @Value.Check
  default void check() {
    name().ifPresent(value -> Checks.requireText(value, "name"));
    departmentName().ifPresent(value -> Checks.requireText(value, "departmentName"));
    managerName().ifPresent(value -> Checks.requireText(value, "managerName"));
  }

  /**
   * A query without filters.
   *
   * @return the query
   */
  static UserQuery all() {
    return builder().build();
  }

  /**
   * A builder with no filter set.
   *
   * @return a new builder
   */
  static ImmutableUserQuery.Builder builder() {
    return ImmutableUserQuery.builder();
  }
}
