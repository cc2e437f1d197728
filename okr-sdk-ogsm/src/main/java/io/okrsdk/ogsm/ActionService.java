package io.okrsdk.ogsm;

import io.okrsdk.core.internal.ClientRuntime;
import io.okrsdk.core.internal.Checks;
import io.okrsdk.core.paging.PagedIterable;
import io.okrsdk.ogsm.internal.Listing;
import io.okrsdk.ogsm.internal.OgsmApi;
import io.okrsdk.ogsm.model.Action;
import io.okrsdk.ogsm.model.NewAction;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The actions ({@code GET /api/v2/actions.json}, {@code POST /api/v2/actions.json}). The API
 * returns them all at once, as one array.
 *
 * <p>Thread-safe; obtained from {@link OgsmClient#actions()}.
 */
public final class ActionService {
  private final Listing<Action> listing;
  private final ClientRuntime runtime;
  private final OgsmApi api;

  ActionService(ClientRuntime runtime, OgsmApi api) {
    this.listing = new Listing<>(runtime, api::listActions, "actions");
    this.runtime = runtime;
    this.api = api;
  }

  /**
   * Creates an action. A write: it is not re-sent once it may have reached the server.
   *
   * @param action the action; see {@link NewAction#of(String)} and {@link NewAction#builder()}
   * @return the created action with its new id
   * @throws IllegalArgumentException when {@code action} is {@code null}
   * @throws io.okrsdk.core.OkrException when the request fails
   */
  public Action create(NewAction action) {
    return runtime.execute(api.createAction(Checks.require(action, "action")));
  }

  /**
   * Creates an action, asynchronously.
   *
   * @param action the action
   * @return a future of the created action
   * @throws IllegalArgumentException when {@code action} is {@code null}
   */
  public CompletableFuture<Action> createAsync(NewAction action) {
    return runtime.executeAsync(api.createAction(Checks.require(action, "action")));
  }

  /**
   * Every action, as a lazy listing: nothing is requested until iteration begins, and each iteration
   * requests the list afresh. The same iteration style as every listing of the SDK.
   *
   * @return the listing; iterating it throws the SDK's exceptions
   */
  public PagedIterable<Action> list() {
    return listing.lazy();
  }

  /**
   * Every action, fetched now.
   *
   * @return the actions, unmodifiable, in the server's order
   * @throws io.okrsdk.core.OkrException when the request fails
   */
  public List<Action> listAll() {
    return listing.all();
  }

  /**
   * Every action, fetched asynchronously.
   *
   * @return a future of the actions, completed exceptionally with the SDK's exception on failure
   */
  public CompletableFuture<List<Action>> listAllAsync() {
    return listing.allAsync();
  }
}
