package io.okrsdk.core;

import io.okrsdk.core.internal.ClientRuntime;

/**
 * What every platform client shares: it runs on one {@link ClientRuntime}, closes it, and
 * describes itself without secrets.
 *
 * <p>Clients are immutable and thread-safe: build one and share it. {@link #close()} releases the
 * connection pool and threads the client created (never those of an {@code OkHttpClient} passed to
 * the builder).
 */
public abstract class OkrClient implements AutoCloseable {
  private final ClientRuntime runtime;

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

  /** Releases the connection pool and dispatcher threads this client created. Idempotent. */
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
