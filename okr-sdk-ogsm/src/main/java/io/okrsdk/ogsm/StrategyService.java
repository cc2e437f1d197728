package io.okrsdk.ogsm;

import io.okrsdk.core.internal.ClientRuntime;
import io.okrsdk.core.paging.PagedIterable;
import io.okrsdk.ogsm.internal.Listing;
import io.okrsdk.ogsm.internal.OgsmApi;
import io.okrsdk.ogsm.model.Strategy;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The strategies ({@code GET /api/v2/strategies.json}). The API returns them all at once, as one array.
 *
 * <p>Thread-safe; obtained from {@link OgsmClient#strategies()}.
 */
public final class StrategyService {
  private final Listing<Strategy> listing;

  StrategyService(ClientRuntime runtime, OgsmApi api) {
    this.listing = new Listing<>(runtime, api::listStrategies, "strategies");
  }

  /**
   * Every strategy, as a lazy listing: nothing is requested until iteration begins, and each iteration
   * requests the list afresh. The same iteration style as every listing of the SDK.
   *
   * @return the listing; iterating it throws the SDK's exceptions
   */
  public PagedIterable<Strategy> list() {
    return listing.lazy();
  }

  /**
   * Every strategy, fetched now.
   *
   * @return the strategies, unmodifiable, in the server's order
   * @throws io.okrsdk.core.OkrException when the request fails
   */
  public List<Strategy> listAll() {
    return listing.all();
  }

  /**
   * Every strategy, fetched asynchronously.
   *
   * @return a future of the strategies, completed exceptionally with the SDK's exception on failure
   */
  public CompletableFuture<List<Strategy>> listAllAsync() {
    return listing.allAsync();
  }
}
