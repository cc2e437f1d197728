package io.okrsdk.ogsm.internal;

import io.okrsdk.core.internal.ClientRuntime;
import io.okrsdk.core.internal.http.CancellableFutures;
import io.okrsdk.core.paging.PagedIterable;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import retrofit2.Call;

/** One bare-array endpoint, read whole, offered lazily, at once, or asynchronously. */
public final class Listing<T> {
  private final ClientRuntime runtime;
  private final Supplier<Call<List<T>>> request;
  private final String what;

  public Listing(ClientRuntime runtime, Supplier<Call<List<T>>> request, String what) {
    this.runtime = runtime;
    this.request = request;
    this.what = what;
  }

  public PagedIterable<T> lazy() {
    return runtime.paging().single(this::all);
  }

  public List<T> all() {
    return Responses.items(runtime.execute(request.get()), what);
  }

  public CompletableFuture<List<T>> allAsync() {
    return CancellableFutures.map(runtime.executeAsync(request.get()), body -> Responses.items(body, what));
  }
}
