package io.okrsdk.jira;

import io.okrsdk.core.internal.ClientRuntime;
import io.okrsdk.core.internal.Checks;
import io.okrsdk.jira.internal.CommaList;
import io.okrsdk.jira.internal.OkrForJiraApi;
import io.okrsdk.jira.model.OkrExport;
import io.okrsdk.jira.query.DateWindow;
import io.okrsdk.jira.query.KeyResultExpand;
import io.okrsdk.jira.query.ObjectiveExpand;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import retrofit2.Call;

/**
 * The OKR queries. Each returns an immutable {@link OkrGraph} of what the query fetched; which
 * related data it holds besides ids depends on the {@code expand} set ({@link ObjectiveExpand#all()}
 * and {@link KeyResultExpand#all()} fetch everything).
 *
 * <p>Arguments are checked before anything is sent. Failures are the SDK's unchecked exceptions: a
 * missing token is a {@code BadRequestException} (400), an invalid one an {@code
 * UnauthorizedException} (401). Async twins complete with the same exceptions.
 */
public final class OkrService {
  private final ClientRuntime runtime;
  private final OkrForJiraApi api;

  OkrService(ClientRuntime runtime, OkrForJiraApi api) {
    this.runtime = runtime;
    this.api = api;
  }

  /**
   * Objectives whose start and/or due date falls in the window.
   *
   * @param window the date window
   * @param expand what to fetch besides ids; may be empty
   * @return the graph
   */
  public OkrGraph objectivesByDate(DateWindow window, Set<ObjectiveExpand> expand) {
    return OkrGraph.of(runtime.execute(objectivesByDateCall(window, expand)));
  }

  /**
   * Async twin of {@link #objectivesByDate(DateWindow, Set)}.
   *
   * @param window the date window
   * @param expand what to fetch besides ids; may be empty
   * @return the future graph
   */
  public CompletableFuture<OkrGraph> objectivesByDateAsync(DateWindow window, Set<ObjectiveExpand> expand) {
    return graphAsync(objectivesByDateCall(window, expand));
  }

  /**
   * Objectives by id.
   *
   * @param objectiveIds the ids; at least one, none null or blank
   * @param expand what to fetch besides ids; may be empty
   * @return the graph (ids that match nothing are simply absent)
   */
  public OkrGraph objectivesByIds(Collection<String> objectiveIds, Set<ObjectiveExpand> expand) {
    return OkrGraph.of(runtime.execute(objectivesByIdsCall(objectiveIds, expand)));
  }

  /**
   * Async twin of {@link #objectivesByIds(Collection, Set)}.
   *
   * @param objectiveIds the ids; at least one, none null or blank
   * @param expand what to fetch besides ids; may be empty
   * @return the future graph
   */
  public CompletableFuture<OkrGraph> objectivesByIdsAsync(Collection<String> objectiveIds, Set<ObjectiveExpand> expand) {
    return graphAsync(objectivesByIdsCall(objectiveIds, expand));
  }

  /**
   * Key results whose start and/or due date falls in the window.
   *
   * @param window the date window
   * @param expand what to fetch besides ids; may be empty
   * @return the graph
   */
  public OkrGraph keyResultsByDate(DateWindow window, Set<KeyResultExpand> expand) {
    return OkrGraph.of(runtime.execute(keyResultsByDateCall(window, expand)));
  }

  /**
   * Async twin of {@link #keyResultsByDate(DateWindow, Set)}.
   *
   * @param window the date window
   * @param expand what to fetch besides ids; may be empty
   * @return the future graph
   */
  public CompletableFuture<OkrGraph> keyResultsByDateAsync(DateWindow window, Set<KeyResultExpand> expand) {
    return graphAsync(keyResultsByDateCall(window, expand));
  }

  /**
   * Key results by id.
   *
   * @param keyResultIds the ids; at least one, none null or blank
   * @param expand what to fetch besides ids; may be empty
   * @return the graph (ids that match nothing are simply absent)
   */
  public OkrGraph keyResultsByIds(Collection<String> keyResultIds, Set<KeyResultExpand> expand) {
    return OkrGraph.of(runtime.execute(keyResultsByIdsCall(keyResultIds, expand)));
  }

  /**
   * Async twin of {@link #keyResultsByIds(Collection, Set)}.
   *
   * @param keyResultIds the ids; at least one, none null or blank
   * @param expand what to fetch besides ids; may be empty
   * @return the future graph
   */
  public CompletableFuture<OkrGraph> keyResultsByIdsAsync(Collection<String> keyResultIds, Set<KeyResultExpand> expand) {
    return graphAsync(keyResultsByIdsCall(keyResultIds, expand));
  }

  /**
   * Objectives whose start and/or due date falls in the window, with expansions this SDK does not
   * name yet sent as given after the known ones (such as {@code List.of("OWNERS")}).
   *
   * @param window the date window
   * @param expand the known expansions; may be empty
   * @param rawExpand further {@code expand} values; none blank or containing a comma
   * @return the graph
   */
  public OkrGraph objectivesByDate(DateWindow window, Set<ObjectiveExpand> expand, Collection<String> rawExpand) {
    return OkrGraph.of(runtime.execute(objectivesByDateCall(window, expand, rawExpand)));
  }

  /**
   * Async twin of {@link #objectivesByDate(DateWindow, Set, Collection)}.
   *
   * @param window the date window
   * @param expand the known expansions; may be empty
   * @param rawExpand further {@code expand} values
   * @return the future graph
   */
  public CompletableFuture<OkrGraph> objectivesByDateAsync(
      DateWindow window, Set<ObjectiveExpand> expand, Collection<String> rawExpand) {
    return graphAsync(objectivesByDateCall(window, expand, rawExpand));
  }

  /**
   * Objectives by id, with expansions this SDK does not name yet sent as given.
   *
   * @param objectiveIds the ids; at least one, none null or blank
   * @param expand the known expansions; may be empty
   * @param rawExpand further {@code expand} values; none blank or containing a comma
   * @return the graph
   */
  public OkrGraph objectivesByIds(Collection<String> objectiveIds, Set<ObjectiveExpand> expand, Collection<String> rawExpand) {
    return OkrGraph.of(runtime.execute(objectivesByIdsCall(objectiveIds, expand, rawExpand)));
  }

  /**
   * Async twin of {@link #objectivesByIds(Collection, Set, Collection)}.
   *
   * @param objectiveIds the ids; at least one, none null or blank
   * @param expand the known expansions; may be empty
   * @param rawExpand further {@code expand} values
   * @return the future graph
   */
  public CompletableFuture<OkrGraph> objectivesByIdsAsync(
      Collection<String> objectiveIds, Set<ObjectiveExpand> expand, Collection<String> rawExpand) {
    return graphAsync(objectivesByIdsCall(objectiveIds, expand, rawExpand));
  }

  /**
   * Key results whose start and/or due date falls in the window, with expansions this SDK does
   * not name yet sent as given.
   *
   * @param window the date window
   * @param expand the known expansions; may be empty
   * @param rawExpand further {@code expand} values; none blank or containing a comma
   * @return the graph
   */
  public OkrGraph keyResultsByDate(DateWindow window, Set<KeyResultExpand> expand, Collection<String> rawExpand) {
    return OkrGraph.of(runtime.execute(keyResultsByDateCall(window, expand, rawExpand)));
  }

  /**
   * Async twin of {@link #keyResultsByDate(DateWindow, Set, Collection)}.
   *
   * @param window the date window
   * @param expand the known expansions; may be empty
   * @param rawExpand further {@code expand} values
   * @return the future graph
   */
  public CompletableFuture<OkrGraph> keyResultsByDateAsync(
      DateWindow window, Set<KeyResultExpand> expand, Collection<String> rawExpand) {
    return graphAsync(keyResultsByDateCall(window, expand, rawExpand));
  }

  /**
   * Key results by id, with expansions this SDK does not name yet sent as given.
   *
   * @param keyResultIds the ids; at least one, none null or blank
   * @param expand the known expansions; may be empty
   * @param rawExpand further {@code expand} values; none blank or containing a comma
   * @return the graph
   */
  public OkrGraph keyResultsByIds(Collection<String> keyResultIds, Set<KeyResultExpand> expand, Collection<String> rawExpand) {
    return OkrGraph.of(runtime.execute(keyResultsByIdsCall(keyResultIds, expand, rawExpand)));
  }

  /**
   * Async twin of {@link #keyResultsByIds(Collection, Set, Collection)}.
   *
   * @param keyResultIds the ids; at least one, none null or blank
   * @param expand the known expansions; may be empty
   * @param rawExpand further {@code expand} values
   * @return the future graph
   */
  public CompletableFuture<OkrGraph> keyResultsByIdsAsync(
      Collection<String> keyResultIds, Set<KeyResultExpand> expand, Collection<String> rawExpand) {
    return graphAsync(keyResultsByIdsCall(keyResultIds, expand, rawExpand));
  }

  private Call<OkrExport> objectivesByDateCall(DateWindow window, Set<ObjectiveExpand> expand, Collection<String> raw) {
    Checks.require(window, "window");
    return api.objectivesByDate(window.startEpochMilli(), window.deadlineEpochMilli(), expandOrNull(expand, raw));
  }

  private Call<OkrExport> objectivesByIdsCall(Collection<String> ids, Set<ObjectiveExpand> expand, Collection<String> raw) {
    return api.objectivesByIds(CommaList.ids(ids, "objectiveIds"), expandOrNull(expand, raw));
  }

  private Call<OkrExport> keyResultsByDateCall(DateWindow window, Set<KeyResultExpand> expand, Collection<String> raw) {
    Checks.require(window, "window");
    return api.keyResultsByDate(window.startEpochMilli(), window.deadlineEpochMilli(), expandOrNull(expand, raw));
  }

  private Call<OkrExport> keyResultsByIdsCall(Collection<String> ids, Set<KeyResultExpand> expand, Collection<String> raw) {
    return api.keyResultsByIds(CommaList.ids(ids, "keyResultIds"), expandOrNull(expand, raw));
  }

  private static <E extends Enum<E>> CommaList<String> expandOrNull(Set<E> expand, Collection<String> raw) {
    Checks.require(expand, "expand (pass an empty set for ids only)");
    Checks.require(raw, "rawExpand (pass an empty list for none)");
    return expand.isEmpty() && raw.isEmpty() ? null : CommaList.expand(expand, raw);
  }

  private Call<OkrExport> objectivesByDateCall(DateWindow window, Set<ObjectiveExpand> expand) {
    return objectivesByDateCall(window, expand, List.of());
  }

  private Call<OkrExport> objectivesByIdsCall(Collection<String> ids, Set<ObjectiveExpand> expand) {
    return objectivesByIdsCall(ids, expand, List.of());
  }

  private Call<OkrExport> keyResultsByDateCall(DateWindow window, Set<KeyResultExpand> expand) {
    return keyResultsByDateCall(window, expand, List.of());
  }

  private Call<OkrExport> keyResultsByIdsCall(Collection<String> ids, Set<KeyResultExpand> expand) {
    return keyResultsByIdsCall(ids, expand, List.of());
  }

  private CompletableFuture<OkrGraph> graphAsync(Call<OkrExport> call) {
    return runtime.executeAsync(call, OkrGraph::of);
  }


  @Override
  public String toString() {
    return "OkrService{" + runtime.baseUrl() + "}";
  }
}
