package io.okrsdk.core.internal.auth;

import io.okrsdk.core.OkrException;
import io.okrsdk.core.internal.http.HeaderValues;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A token flow: the client exchanges credentials for a token on first use (a function the platform
 * module binds, such as Perform's {@code POST obtainauthtoken/}), caches it, sends it as {@code
 * <header>: <scheme> <token>}, and obtains a new one when the server refuses it.
 *
 * <p>Thread-safe: however many threads need a token at once, one request obtains it; the others
 * wait for it. A failed exchange caches nothing, so the next call tries again. One instance
 * belongs to one client (the builder makes a new one per {@code build()}).
 */
public final class TokenFlowAuth implements RenewableAuth {
  private final String headerName;
  private final String scheme;
  private final String description;
  private final Set<String> secrets;
  private final Object lock = new Object();
  private volatile Supplier<String> source;
  private volatile Map<String, String> cached;

  /**
   * Creates the scheme; {@link #bind(Supplier)} must be called before the first request.
   *
   * @param headerName the header that carries the token, such as {@code Authorization}
   * @param scheme the word before the token, such as {@code Token}
   * @param description how {@link #describe()} names the scheme, without secrets, such as {@code
   *     TokenFlowAuth{username=api-user, password=REDACTED}}
   * @param secrets the secret values behind the exchange (the password), masked wherever the SDK
   *     shows text
   */
  public TokenFlowAuth(String headerName, String scheme, String description, Set<String> secrets) {
    this.headerName = Secrets.requireHeaderName(headerName, "header name");
    this.scheme = Secrets.requireHeaderValue(scheme, "scheme");
    this.description = Objects.requireNonNull(description, "description");
    this.secrets = Set.copyOf(new LinkedHashSet<>(List.copyOf(secrets)));
  }

  /**
   * Sets how a token is obtained: a function that makes the exchange and returns the token, or
   * throws an {@link OkrException} that names the setting to check. Called once, by the platform
   * builder, after the client's HTTP stack exists (the exchange goes through it, on {@code
   * ClientRuntime.withoutCredentials()}).
   *
   * @param source the exchange
   * @throws IllegalStateException when a source is already bound
   */
  public void bind(Supplier<String> source) {
    synchronized (lock) {
      if (this.source != null) {
        throw new IllegalStateException("token source already bound");
      }
      this.source = Objects.requireNonNull(source, "source");
    }
  }

  @Override
  public Map<String, String> current() {
    Map<String, String> headers = cached;
    if (headers != null) {
      return headers;
    }
    synchronized (lock) {
      if (cached == null) {
        cached = Map.of(headerName, scheme + " " + obtain());
      }
      return cached;
    }
  }

  private String obtain() {
    Supplier<String> exchange = source;
    if (exchange == null) {
      throw new IllegalStateException("no token source bound to " + description);
    }
    String token = exchange.get();
    try {
      return HeaderValues.requireValue(Secrets.requireText(token, "token"), "token");
    } catch (IllegalArgumentException unsendable) {
      // The message names the problem, never the value: the token is a secret.
      throw new OkrException("the server answered a token that cannot be sent back: " + unsendable.getMessage());
    }
  }

  @Override
  public void refused(Map<String, String> sent) {
    synchronized (lock) {
      if (sent.equals(cached)) {
        cached = null;
      }
    }
  }

  /** The cached token's header, or none before the first exchange (this never obtains a token). */
  @Override
  public Map<String, String> headers() {
    Map<String, String> headers = cached;
    return headers == null ? Map.of() : headers;
  }

  /** The secrets behind the exchange; tokens obtained later are masked by header name in logs. */
  @Override
  public Set<String> secrets() {
    return secrets;
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  public String toString() {
    return description;
  }
}
