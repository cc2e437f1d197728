package io.okrsdk.core.internal.paging;

import java.util.HashSet;
import java.util.Set;
import retrofit2.Call;

/**
 * The HTTP calls in flight for one iteration over a listing, on whatever threads fetch its pages,
 * and the name of the listing as its first request shows it. {@link #cancel()} cancels them all
 * and every call registered afterwards.
 */
final class CallScope {
  private final Set<Call<?>> inFlight = new HashSet<>();
  private boolean cancelled;
  private volatile String listing;

  synchronized void register(Call<?> call) {
    if (listing == null) {
      listing = describe(call);
    }
    if (cancelled) {
      call.cancel();
    }
    inFlight.add(call);
  }

  synchronized void unregister(Call<?> call) {
    inFlight.remove(call);
  }

  /** Cancels every call in flight and every later one. Idempotent. */
  void cancel() {
    Call<?>[] calls;
    synchronized (this) {
      cancelled = true;
      calls = inFlight.toArray(new Call<?>[0]);
      inFlight.clear();
    }
    for (Call<?> call : calls) {
      call.cancel();
    }
  }

  /** The listing's first request as method and path (no query: it may carry secrets), or "listing". */
  String listing() {
    String name = listing;
    return name == null ? "listing" : name;
  }

  private static String describe(Call<?> call) {
    try {
      return call.request().method() + " " + call.request().url().encodedPath();
    } catch (RuntimeException notBuildable) {
      return null;
    }
  }
}
