package io.okrsdk.ogsm;

import io.okrsdk.core.internal.ClientRuntime;
import io.okrsdk.core.paging.PagedIterable;
import io.okrsdk.ogsm.internal.Listing;
import io.okrsdk.ogsm.internal.OgsmApi;
import io.okrsdk.ogsm.model.Objective;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The objectives ({@code GET /api/v2/objectives.json}). The API returns them all at once, as one array.
 *
 * <p>Thread-safe; obtained from {@link OgsmClient#objectives()}.
 */
public final class ObjectiveService {
  private final Listing<Objective> listing;

  ObjectiveService(ClientRuntime runtime, OgsmApi api) {
    this.listing = new Listing<>(runtime, api::listObjectives, "objectives");
  }

  /**
   * Every objective, as a lazy listing: nothing is requested until iteration begins, and each iteration
   * requests the list afresh. The same iteration style as every listing of the SDK.
   *
   * @return the listing; iterating it throws the SDK's exceptions
   */
  public PagedIterable<Objective> list() {
    return listing.lazy();
  }

  /**
   * Every objective, fetched now.
   *
   * @return the objectives, unmodifiable, in the server's order
   * @throws io.okrsdk.core.OkrException when the request fails
   */
  public List<Objective> listAll() {
    return listing.all();
  }

  /**
   * Every objective, fetched asynchronously.
   *
   * @return a future of the objectives, completed exceptionally with the SDK's exception on failure
   */
  public CompletableFuture<List<Objective>> listAllAsync() {
    return listing.allAsync();
  }
}
