package io.okrsdk.ogsm;

import io.okrsdk.core.internal.ClientRuntime;
import io.okrsdk.core.paging.PagedIterable;
import io.okrsdk.ogsm.internal.Listing;
import io.okrsdk.ogsm.internal.OgsmApi;
import io.okrsdk.ogsm.model.Kpi;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The KPIs ({@code GET /api/v2/indicators.json}). The API returns them all at once, as one array.
 *
 * <p>Thread-safe; obtained from {@link OgsmClient#kpis()}.
 */
public final class KpiService {
  private final Listing<Kpi> listing;

  KpiService(ClientRuntime runtime, OgsmApi api) {
    this.listing = new Listing<>(runtime, api::listKpis, "KPIs");
  }

  /**
   * Every KPI, as a lazy listing: nothing is requested until iteration begins, and each iteration
   * requests the list afresh. The same iteration style as every listing of the SDK.
   *
   * @return the listing; iterating it throws the SDK's exceptions
   */
  public PagedIterable<Kpi> list() {
    return listing.lazy();
  }

  /**
   * Every KPI, fetched now.
   *
   * @return the KPIs, unmodifiable, in the server's order
   * @throws io.okrsdk.core.OkrException when the request fails
   */
  public List<Kpi> listAll() {
    return listing.all();
  }

  /**
   * Every KPI, fetched asynchronously.
   *
   * @return a future of the KPIs, completed exceptionally with the SDK's exception on failure
   */
  public CompletableFuture<List<Kpi>> listAllAsync() {
    return listing.allAsync();
  }
}
