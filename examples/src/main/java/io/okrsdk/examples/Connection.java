package io.okrsdk.examples;

import io.okrsdk.testing.FakeServer;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A platform client for an example: the real service when the platform's {@code OKRSDK_<PLATFORM>_*}
 * environment variables are set, otherwise the embedded fake server, started here and stopped on
 * {@link #close()}. The first line printed says which.
 *
 * @param <C> the platform client type
 */
public final class Connection<C extends AutoCloseable> implements AutoCloseable {
  private final C client;
  private final FakeServer<C> fake;
  private final boolean real;

  private Connection(C client, FakeServer<C> fake, boolean real) {
    this.client = client;
    this.fake = fake;
    this.real = real;
  }

  /**
   * Opens a connection.
   *
   * @param platform the platform's display name, such as {@code "OGSM"}
   * @param out where to say which service is used
   * @param env the environment (usually {@code System.getenv()})
   * @param realClient builds a client for the real service from the environment, or empty when its
   *     variables are not set
   * @param fakeServer makes the embedded fake (not yet started)
   * @param <C> the client type
   * @return the connection
   */
  public static <C extends AutoCloseable> Connection<C> open(
      String platform,
      PrintStream out,
      Map<String, String> env,
      Function<Map<String, String>, Optional<C>> realClient,
      Supplier<? extends FakeServer<C>> fakeServer) {
    Optional<C> real = realClient.apply(env);
    if (real.isPresent()) {
      out.println(platform + ": using the real service (credentials from OKRSDK_* environment variables)");
      return new Connection<>(real.get(), null, true);
    }
    FakeServer<C> fake = fakeServer.get();
    fake.start();
    out.println(platform + ": no credentials in the environment, using the embedded fake server at " + fake.baseUrl());
    return new Connection<>(fake.newClient(), fake, false);
  }

  /**
   * The client.
   *
   * @return the client
   */
  public C client() {
    return client;
  }

  /**
   * Whether the client talks to the real service.
   *
   * @return {@code true} for the real service, {@code false} for the embedded fake
   */
  public boolean isReal() {
    return real;
  }

  /**
   * The embedded fake, when one is used (to switch on faults or seed data in demos).
   *
   * @return the fake
   */
  public Optional<FakeServer<C>> fake() {
    return Optional.ofNullable(fake);
  }

  /** Closes the client and stops the fake, if any. */
  @Override
  public void close() {
    try {
      client.close();
    } catch (Exception e) {
      throw new IllegalStateException("could not close the client", e);
    } finally {
      if (fake != null) {
        fake.close();
      }
    }
  }

  /**
   * A variable's value when it is set and not blank.
   *
   * @param env the environment
   * @param name the variable
   * @return the value
   */
  public static Optional<String> variable(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).map(String::trim).filter(value -> !value.isEmpty());
  }
}
