package io.okrsdk.core;

import io.okrsdk.core.internal.ClientRuntime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What every platform client shares: it runs on one {@link ClientRuntime}, closes it, describes
 * itself without secrets, derives clients with other options ({@link #withOptions(Consumer)}) and
 * sends requests to endpoints the SDK does not model yet ({@link #request(String, String)}).
 *
 * <p>Clients are immutable and thread-safe: build one and share it. {@link #close()} releases the
 * connection pool and threads the client created (never those of an {@code OkHttpClient} passed to
 * the builder).
 *
 * @param <C> the platform client type
 */
public abstract class OkrClient<C extends OkrClient<C>> implements AutoCloseable {
  private final ClientRuntime runtime;
  /**
   * The services made so far, by type. Made on first use: each loads a few classes, which a
   * program that uses one service should not pay for at start-up.
   */
  private final Map<Class<?>, Object> services = new ConcurrentHashMap<>();

  /**
   * For platform clients.
   *
   * @param runtime the runtime built by the client's builder
   */
  protected OkrClient(ClientRuntime runtime) {
    this.runtime = runtime;
  }

  /**
   * The runtime this client runs on.
   *
   * @return the runtime
   */
  protected final ClientRuntime runtime() {
    return runtime;
  }

  /**
   * The client's service of one type, made on first use and then kept (once, also when threads
   * race). Platform clients' service accessors call it.
   *
   * @param type the service type
   * @param create makes the service on this client's runtime
   * @param <S> the service type
   * @return the service
   */
  protected final <S> S service(Class<S> type, Function<ClientRuntime, S> create) {
    Object service = services.get(type);
    if (service == null) {
      // A lock rather than computeIfAbsent with a lambda: this runs on the first call of every
      // program, where a lambda's first use costs a class spun at run time.
      synchronized (services) {
        service = services.get(type);
        if (service == null) {
          service = create.apply(runtime);
          services.put(type, service);
        }
      }
    }
    return type.cast(service);
  }

  /**
   * The same platform client on another runtime: how {@link #withOptions(Consumer)} makes the
   * derived client. Platform clients implement it with their constructor.
   *
   * @param runtime the derived runtime
   * @return a client of the same type on it
   */
  protected abstract C withRuntime(ClientRuntime runtime);

  /**
   * A client that makes its calls with other options: timeouts, retry budget or policy, extra
   * headers, decoding mode. It shares this client's connection pool, dispatcher threads and rate
   * limit (one budget for both), so deriving one per call is cheap; this client is unchanged.
   *
   * <pre>{@code
   * Goal goal = gtmhub.withOptions(o -> o.callTimeout(Duration.ofSeconds(5)).maxRetries(0))
   *     .goals().get(goalId);
   * }</pre>
   *
   * <p>Closing the derived client stops only the calls made through it; closing this client stops
   * both and releases the shared resources.
   *
   * @param options sets what differs, on a {@link RequestOptions.Builder}
   * @return the derived client
   * @throws IllegalArgumentException when an option is invalid
   * @throws IllegalStateException when this client is closed
   */
  @CheckReturnValue
  public final C withOptions(Consumer<RequestOptions.Builder> options) {
    if (options == null) {
      throw new IllegalArgumentException("options is required but was null");
    }
    RequestOptions.Builder builder = new RequestOptions.Builder();
    options.accept(builder);
    RequestOptions overrides = builder.build();
    return withRuntime(runtime.derive(overrides::applyTo));
  }

  /**
   * A request to an endpoint or body shape the SDK does not model (yet), sent with this client's
   * credentials, headers, retries (writes never re-sent), rate limit, deadlines and error mapping.
   * The answer comes as a {@link RawResponse}: status, headers, request id and the body as {@link
   * io.okrsdk.core.json.RawJson} or decoded into a type of the caller's choosing.
   *
   * <pre>{@code
   * RawResponse<RawJson> answer = client.request("GET", "api/v1/whatever").query("a", "b").execute();
   * }</pre>
   *
   * @param method GET, DELETE, POST, PUT or PATCH
   * @param path the path relative to the client's base URL, such as {@code api/v1/goals}; a URL
   *     of another host, a query or a {@code ..} segment is refused
   * @return the request, not yet sent
   * @throws IllegalArgumentException when the method or path is refused
   */
  @CheckReturnValue
  public final RawRequest request(String method, String path) {
    return new RawRequest(runtime, method, path);
  }

  /**
   * Releases the connection pool and dispatcher threads this client created; on a client made by
   * {@link #withOptions(Consumer)}, stops only that client's calls. Idempotent.
   */
  @Override
  public void close() {
    runtime.close();
  }

  /**
   * The client's name, base URL and auth scheme, never a secret.
   *
   * @return a description
   */
  @Override
  public String toString() {
    return runtime.toString();
  }
}
