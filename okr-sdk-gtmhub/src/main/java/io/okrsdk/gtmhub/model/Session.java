package io.okrsdk.gtmhub.model;

import io.okrsdk.core.json.HasUnrecognized;
import io.okrsdk.core.json.OkrModel;
import io.okrsdk.core.json.WireAlias;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A session: an OKR period (such as a quarter) that every goal and key result belongs to.
 *
 * <p>The vendor's reference names the answer ({@code planningSessionsResponse}) without its
 * fields. These are modelled from public client code (title or name, start and end dates, status);
 * every field is optional, the spellings {@code name}, {@code startDate} and {@code endDate} are
 * read too, and unknown fields are ignored.
 */
@OkrModel
@Value.Immutable
public interface Session extends HasUnrecognized {
  /**
   * The session's id.
   *
   * @return the id
   */
  Optional<String> id();

  /**
   * The session's title, such as {@code Q3 2025}.
   *
   * @return the title
   */
  @WireAlias("name")
  Optional<String> title();

  /**
   * The first moment of the period.
   *
   * @return the start
   */
  @WireAlias("startDate")
  Optional<OffsetDateTime> start();

  /**
   * The last moment of the period.
   *
   * @return the end
   */
  @WireAlias("endDate")
  Optional<OffsetDateTime> end();

  /**
   * The status, such as {@code open} or {@code archived}.
   *
   * @return the status text
   */
  Optional<String> status();

  /**
   * The description.
   *
   * @return the description
   */
  Optional<String> description();

  /**
   * The parent session's id, for nested sessions.
   *
   * @return the parent id
   */
  Optional<String> parentId();

  /**
   * The account the session belongs to.
   *
   * @return the account id
   */
  Optional<String> accountId();

  /**
   * The colour shown for the session.
   *
   * @return the colour
   */
  Optional<String> color();

  /**
   * The session's owners.
   *
   * @return the owner ids, empty when none were sent
   */
  List<String> ownerIds();

  /**
   * A builder.
   *
   * @return a new builder
   */
  static ImmutableSession.Builder builder() {
    return ImmutableSession.builder();
  }
}
