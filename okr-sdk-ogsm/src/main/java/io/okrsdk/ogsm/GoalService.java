package io.okrsdk.ogsm;

import io.okrsdk.core.internal.ClientRuntime;
import io.okrsdk.core.paging.PagedIterable;
import io.okrsdk.ogsm.internal.Listing;
import io.okrsdk.ogsm.internal.OgsmApi;
import io.okrsdk.ogsm.model.Goal;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The goals ({@code GET /api/v2/goals.json}). The API returns them all at once, as one array.
 *
 * <p>Thread-safe; obtained from {@link OgsmClient#goals()}.
 */
public final class GoalService {
  private final Listing<Goal> listing;

  GoalService(ClientRuntime runtime, OgsmApi api) {
    this.listing = new Listing<>(runtime, api::listGoals, "goals");
  }

  /**
   * Every goal, as a lazy listing: nothing is requested until iteration begins, and each iteration
   * requests the list afresh. The same iteration style as every listing of the SDK.
   *
   * @return the listing; iterating it throws the SDK's exceptions
   */
  public PagedIterable<Goal> list() {
    return listing.lazy();
  }

  /**
   * Every goal, fetched now.
   *
   * @return the goals, unmodifiable, in the server's order
   * @throws io.okrsdk.core.OkrException when the request fails
   */
  public List<Goal> listAll() {
    return listing.all();
  }

  /**
   * Every goal, fetched asynchronously.
   *
   * @return a future of the goals, completed exceptionally with the SDK's exception on failure
   */
  public CompletableFuture<List<Goal>> listAllAsync() {
    return listing.allAsync();
  }
}
