package io.okrsdk.portable;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Objectives and key results of one platform in the portable model. Make one from a platform
 * client with {@code GtmhubSource.of(client)}, {@code JiraSource.of(client)}, {@code
 * OgsmSource.of(client)} or {@code PerformSource.of(client)}; the source uses the client and does
 * not close it. Sources are immutable and thread-safe, as their clients are.
 *
 * <p>Platforms differ in what they can do: ask {@link #supports(Capability)} first. Calling what
 * the platform cannot do throws {@link UnsupportedOperationException} saying why.
 */
public interface OkrSource {
  /**
   * The platform.
   *
   * @return the platform
   */
  Platform platform();

  /**
   * What this source can do.
   *
   * @return the capabilities
   */
  Set<Capability> capabilities();

  /**
   * Whether this source can do something.
   *
   * @param capability the capability
   * @return {@code true} when supported
   */
  default boolean supports(Capability capability) {
    return capabilities().contains(capability);
  }

  /**
   * The objectives with their key results, lazily: nothing is fetched until iteration, and on
   * paged platforms pages are fetched as the caller goes (with prefetch or parallel fetching when
   * the listing or the client asks for it).
   *
   * @param query which objectives
   * @return the listing
   * @throws UnsupportedOperationException when the query uses a capability the platform lacks
   */
  ObjectiveListing objectives(ObjectiveQuery query);

  /**
   * Every objective, lazily.
   *
   * @return the listing
   */
  default ObjectiveListing objectives() {
    return objectives(ObjectiveQuery.all());
  }

  /**
   * The objectives with their key results, fetched into a list.
   *
   * @param query which objectives
   * @return the objectives
   * @throws UnsupportedOperationException when the query uses a capability the platform lacks
   */
  default List<Objective> list(ObjectiveQuery query) {
    return objectives(query).toList();
  }

  /**
   * One objective with its key results.
   *
   * @param id the objective's id, as {@link Objective#id()} gives it
   * @return the objective, or empty when the platform has none with that id
   * @throws UnsupportedOperationException when {@link Capability#GET_BY_ID} is not supported
   */
  Optional<Objective> get(String id);

  /**
   * Records a new value on a key result.
   *
   * @param update the key result and its new value
   * @throws UnsupportedOperationException when {@link Capability#RECORD_PROGRESS} is not supported
   */
  void recordProgress(ProgressUpdate update);
}
