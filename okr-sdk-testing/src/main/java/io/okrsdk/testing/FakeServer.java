package io.okrsdk.testing;

import com.squareup.moshi.Moshi;
import io.okrsdk.core.http.Sleeper;
import io.okrsdk.core.internal.json.OkrJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A fake platform API: a real HTTP server on loopback with in-memory state, credentials checked
 * like the real service, and {@link Faults} a test can switch on.
 *
 * <p>Every fake is also a JUnit 5 extension, so a test gets a started fake and a client pointed at
 * it in one line:
 *
 * <pre>{@code
 * @RegisterExtension final FakeOgsmServer ogsm = new FakeOgsmServer();
 *
 * @Test void readsGoals(OgsmClient client) {   // or ogsm.client()
 *   assertThat(client.goals().list()).isNotEmpty();
 * }
 * }</pre>
 *
 * <p>An instance field gets a fresh fake per test, closed after it; a {@code static} field shares
 * one fake across the class, closed after all tests, with its faults, {@link #awkward(Awkward...)
 * awkward variants} and {@link #recordedWaits() recorded waits} reset after each test.
 *
 * <p>Clients the fake makes ({@link #client()}, {@link #newClient()}, the injected parameter and
 * {@code clientBuilder()}) never sleep between retries: each wait is recorded in {@link
 * #recordedWaits()} instead, so a test of {@code faults().failNext(2, 503, Duration.ofSeconds(1))}
 * takes milliseconds and can still check the waits. A builder given its own {@code sleeper(...)}
 * uses that one.
 *
 * <p>Subclasses route requests in {@link #handle(RecordedRequest)}; this class applies latency and
 * faults first. Each fake is independent: tests can run many at once.
 *
 * @param <C> the platform client a fake hands out with {@link #newClient()}
 */
public abstract class FakeServer<C extends AutoCloseable>
    implements AutoCloseable, BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback,
        ParameterResolver {
  private final MockWebServer server = new MockWebServer();
  private final Faults faults = new Faults();
  private final Moshi moshi = OkrJson.newMoshi();
  private boolean started;
  private volatile HttpUrl root;
  private boolean classLevel;
  private C sharedClient;
  private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
  private final Sleeper recordingSleeper = this::recordWait;
  private volatile Set<Awkward> awkward = Set.of();

  /** For subclasses. */
  protected FakeServer() {}

  /**
   * Starts the server on a free loopback port. Idempotent.
   *
   * @return this fake
   */
  public final synchronized FakeServer<C> start() {
    if (!started) {
      server.setDispatcher(
          new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
              return answer(request);
            }
          });
      server.setServerSocketFactory(new NoDelayServerSocketFactory());
      try {
        server.start(InetAddress.getLoopbackAddress(), 0);
      } catch (IOException e) {
        throw new UncheckedIOException("could not start " + getClass().getSimpleName(), e);
      }
      root = server.url("/");
      started = true;
    }
    return this;
  }

  /**
   * The base URL clients should use, ending in {@code /}.
   *
   * @return the base URL
   */
  public final String baseUrl() {
    return rootUrl().toString();
  }

  /**
   * The server's root URL; subclasses resolve absolute links (such as {@code next}) against it.
   *
   * @return the root URL
   */
  protected final HttpUrl rootUrl() {
    HttpUrl url = root;
    if (url == null) {
      start();
      url = root;
    }
    return url;
  }

  /**
   * The faults to switch on or off.
   *
   * @return the faults
   */
  public final Faults faults() {
    return faults;
  }

  /**
   * Serves exactly these {@link Awkward awkward variants} of the successful answers from now on
   * (until changed or, for a fake shared by a test class, until the test ends): {@code
   * awkward(Awkward.values())} serves them all, {@code awkward()} none.
   *
   * @param variants the variants to serve
   * @return this fake
   */
  public final FakeServer<C> awkward(Awkward... variants) {
    EnumSet<Awkward> chosen = EnumSet.noneOf(Awkward.class);
    for (Awkward variant : variants) {
      chosen.add(Objects.requireNonNull(variant, "variant"));
    }
    awkward = Collections.unmodifiableSet(chosen);
    return this;
  }

  /**
   * The awkward variants served now.
   *
   * @return the variants, empty when the fake answers as documented
   */
  public final Set<Awkward> awkwardVariants() {
    return awkward;
  }

  /**
   * The waits the fake's clients would have slept between retries, in order, since the fake
   * started (or, for a fake shared by a test class, since the test started).
   *
   * @return a copy of the waits
   */
  public final List<Duration> recordedWaits() {
    synchronized (waits) {
      return List.copyOf(waits);
    }
  }

  /**
   * The sleeper of the fake's clients: records each wait in {@link #recordedWaits()} and returns at
   * once. Subclasses pass it to the builders they hand out.
   *
   * @return the recording sleeper
   */
  protected final Sleeper recordingSleeper() {
    return recordingSleeper;
  }

  private void recordWait(Duration wait) throws InterruptedException {
    if (Thread.interrupted()) {
      // Honours interruption as Thread.sleep does (throws, clearing the flag), so cancelling a
      // retrying call still works.
      throw new InterruptedException("interrupted while waiting to retry");
    }
    waits.add(wait);
  }

  /**
   * How many requests reached the server so far, faults included.
   *
   * @return the count
   */
  public final int requestCount() {
    return server.getRequestCount();
  }

  /**
   * A client of the platform pointed at this fake with the fake's credentials. The caller closes
   * it.
   *
   * @return a new client
   */
  public abstract C newClient();

  /**
   * The platform client type {@link #newClient()} returns, for parameter injection.
   *
   * @return the client class
   */
  protected abstract Class<C> clientType();

  /**
   * A client pointed at this fake, made on first use and closed with the fake.
   *
   * @return the shared client
   */
  public final synchronized C client() {
    if (sharedClient == null) {
      sharedClient = newClient();
    }
    return sharedClient;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    classLevel = true;
    start();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    start();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (classLevel) {
      faults.reset();
      awkward = Set.of();
      waits.clear();
    } else {
      close();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == clientType() || type.isInstance(this);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == clientType() ? client() : this;
  }

  /**
   * Answers one request that passed the fault layer.
   *
   * @param request the request
   * @return the response
   */
  protected abstract MockResponse handle(RecordedRequest request);

  /**
   * Changes one successful answer's JSON into an awkward variant (see {@link Awkward}); called for
   * each variant switched on, except {@link Awkward#EXTRA_FIELDS}, which this class applies. The
   * default changes nothing.
   *
   * @param variant the variant
   * @param request the request answered
   * @param body the answer's JSON: maps, lists, strings, booleans, {@code null} and {@code
   *     BigDecimal} numbers, free to change in place
   * @return the new JSON (usually {@code body})
   */
  protected Object awkwardBody(Awkward variant, RecordedRequest request, Object body) {
    return body;
  }

  /**
   * A JSON response.
   *
   * @param status the status
   * @param type the body's declared type (for Moshi)
   * @param body the body
   * @return the response
   */
  protected final MockResponse json(int status, Type type, Object body) {
    return json(status, moshi.adapter(type).toJson(body));
  }

  /**
   * A JSON response from text.
   *
   * @param status the status
   * @param body the JSON text
   * @return the response
   */
  protected static MockResponse json(int status, String body) {
    return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(body).build();
  }

  /**
   * A response without a body.
   *
   * @param status the status
   * @return the response
   */
  protected static MockResponse empty(int status) {
    return new MockResponse.Builder().code(status).build();
  }

  /**
   * The Moshi this fake writes and reads JSON with (the SDK's adapters).
   *
   * @return the Moshi instance
   */
  protected final Moshi moshi() {
    return moshi;
  }

  private MockResponse answer(RecordedRequest request) {
    Duration refusal = faults.rateLimitRefusal();
    Faults.Fault fault = refusal == null ? faults.poll() : null;
    MockResponse response =
        refusal != null ? throttled(refusal) : fault == null ? served(request) : faulty(fault, request);
    Duration latency = faults.latency();
    if (latency.isZero()) {
      return response;
    }
    return response.newBuilder().headersDelay(latency.toNanos(), TimeUnit.NANOSECONDS).build();
  }

  private MockResponse faulty(Faults.Fault fault, RecordedRequest request) {
    switch (fault.kind) {
      case STATUS:
        MockResponse.Builder error =
            new MockResponse.Builder().code(fault.status).addHeader("Content-Type", "application/json")
                .body("{\"error\":\"injected fault\"}");
        if (fault.retryAfter != null) {
          error.addHeader("Retry-After", Long.toString(fault.retryAfter.toSeconds()));
        }
        return error.build();
      case DROP_CONNECTION:
        return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
      case TRUNCATED_BODY:
        MockResponse real = served(request);
        String body = real.getBody() == null ? "" : bodyText(real);
        if (real.getCode() < 200 || real.getCode() > 299 || body.isEmpty()) {
          // Errors and empty answers pass unchanged; the fault waits for a successful answer.
          faults.putBack(fault);
          return real;
        }
        return real.newBuilder().body(body.substring(0, Math.max(1, body.length() / 2))).build();
      case MALFORMED_JSON:
        return json(200, "{\"this is\": not json");
      default:
        throw new IllegalStateException("unknown fault " + fault.kind);
    }
  }

  /** The answer of {@link #handle(RecordedRequest)}, changed by the awkward variants switched on. */
  private MockResponse served(RecordedRequest request) {
    MockResponse response = handle(request);
    Set<Awkward> variants = awkward;
    String contentType = response.getHeaders().get("Content-Type");
    if (variants.isEmpty() || response.getCode() < 200 || response.getCode() > 299 || response.getBody() == null
        || contentType == null || !contentType.contains("json")) {
      return response;
    }
    Object tree = AwkwardJson.parse(bodyText(response));
    for (Awkward variant : variants) {
      if (variant == Awkward.EXTRA_FIELDS) {
        AwkwardJson.addExtraFields(tree);
      } else {
        tree = awkwardBody(variant, request, tree);
      }
    }
    return response.newBuilder().body(AwkwardJson.write(tree)).build();
  }

  /** A 429 as the vendors send it: no rate-limit headers, a {@code Retry-After} in whole seconds. */
  private static MockResponse throttled(Duration untilToken) {
    long seconds = Math.max(1, (untilToken.toNanos() + 999_999_999L) / 1_000_000_000L);
    return new MockResponse.Builder().code(429).addHeader("Content-Type", "application/json")
        .addHeader("Retry-After", Long.toString(seconds)).body("{\"error\":\"rate limit exceeded\"}").build();
  }

  private static String bodyText(MockResponse response) {
    okio.Buffer buffer = new okio.Buffer();
    try {
      response.getBody().writeTo(buffer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readUtf8();
  }

  /** Closes the shared client and stops the server. Idempotent. */
  @Override
  public synchronized void close() {
    if (sharedClient != null) {
      try {
        sharedClient.close();
      } catch (Exception e) {
        throw new IllegalStateException("could not close the fake's client", e);
      }
      sharedClient = null;
    }
    server.close();
  }
}
