package io.okrsdk.gtmhub.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One page of users: the list envelope {@code {"items": [...], "totalCount": n}}. */
@OkrModel
@Value.Immutable
public interface UserList extends HasUnrecognized {
  /**
   * The users on this page.
   *
   * @return the users, empty when none were sent
   */
  List<User> items();

  /**
   * How many users match the query in total, across all pages.
   *
   * @return the total, when sent
   */
  Optional<Long> totalCount();

  /**
   * A builder.
   *
   * @return a new builder
   */
  static ImmutableUserList.Builder builder() {
    return ImmutableUserList.builder();
  }
}
