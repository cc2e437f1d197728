package io.okrsdk.perform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.squareup.moshi.Moshi;
import io.okrsdk.core.UnauthorizedException;
import io.okrsdk.core.http.HttpLogLevel;
import io.okrsdk.core.testsupport.RecordingSleeper;
import io.okrsdk.perform.model.QuestionPage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The token flow ({@code tokenCredentials}): {@code POST obtainauthtoken/} on first use, one exchange
 * for many threads, one renewal and one repeat after a 401, a clear refusal, and no secret anywhere.
 */
@Timeout(20)
class TokenFlowTest {
  private static final String USERNAME = "api-user";
  private static final String PASSWORD = "pa55-word-7731";
  private static final String EMPTY_PAGE = "{\"count\":0,\"next\":null,\"previous\":null,\"results\":[]}";

  @StartStop final MockWebServer server = new MockWebServer();

  private final TokenServer tokens = new TokenServer();
  private final List<String> logLines = new CopyOnWriteArrayList<>();
  private final Logger httpLog = Logger.getLogger("io.okrsdk.http");
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logLines.add(record.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void start() {
    server.setDispatcher(tokens);
    httpLog.addHandler(capture);
    httpLog.setLevel(Level.ALL);
    httpLog.setUseParentHandlers(false);
  }

  @AfterEach
  void detach() {
    httpLog.removeHandler(capture);
    httpLog.setUseParentHandlers(true);
  }

  private PerformClient.Builder builder() {
    return PerformClient.builder()
        .baseUrl(server.url("/").toString())
        .tokenCredentials(USERNAME, PASSWORD)
        .sleeper(new RecordingSleeper());
  }

  @Test
  void theFirstCallExchangesTheCredentialsWithoutAuthAndLaterCallsSendTheToken() throws Exception {
    try (PerformClient client = builder().build()) {
      client.questions().listPage(10, 0);
      client.questions().listPage(10, 10);
    }
    RecordedRequest exchange = server.takeRequest();
    assertThat(exchange.getMethod()).isEqualTo("POST");
    assertThat(exchange.getTarget()).isEqualTo("/obtainauthtoken/");
    assertThat(exchange.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(exchange.getHeaders().get("Authorization")).isNull();
    assertThat(new Moshi.Builder().build().adapter(Map.class).fromJson(exchange.getBody().utf8()))
        .isEqualTo(Map.of("username", USERNAME, "password", PASSWORD));
    RecordedRequest first = server.takeRequest();
    assertThat(first.getTarget()).isEqualTo("/api/v2/questions/?limit=10&offset=0");
    assertThat(first.getHeaders().get("Authorization")).isEqualTo("Token tok-1");
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Token tok-1");
    assertThat(tokens.exchanges.get()).isEqualTo(1);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  /** Eight threads released together each list a page; every call succeeds. */
  private static void listFromEightThreadsAtOnce(PerformClient client, ExecutorService pool) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<QuestionPage>> calls = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      calls.add(pool.submit(() -> {
        start.await();
        return client.questions().listPage(5, 0);
      }));
    }
    start.countDown();
    for (Future<QuestionPage> call : calls) {
      assertThat(call.get(10, TimeUnit.SECONDS).count()).isZero();
    }
  }

  @Test
  void eightThreadsStartingAtOnceShareOneExchange() throws Exception {
    tokens.exchangeDelayMillis = 200; // keeps the first exchange open while the others arrive
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try (PerformClient client = builder().build()) {
      listFromEightThreadsAtOnce(client, pool);
    } finally {
      pool.shutdownNow();
    }
    assertThat(tokens.exchanges.get()).isEqualTo(1);
    assertThat(tokens.apiCalls.get()).isEqualTo(8);
    assertThat(tokens.authorizations).containsOnly("Token tok-1");
  }

  @Test
  void anExpiredTokenIsRenewedOnceAndTheRequestRepeatedOnce() throws Exception {
    try (PerformClient client = builder().build()) {
      client.questions().listPage(10, 0);
      tokens.expireAll();
      assertThat(client.questions().listPage(10, 0).count()).isZero();
      client.questions().listPage(10, 0);
    }
    assertThat(tokens.exchanges.get()).isEqualTo(2);
    server.takeRequest(); // exchange 1
    server.takeRequest(); // GET with tok-1
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Token tok-1"); // refused
    RecordedRequest renewal = server.takeRequest();
    assertThat(renewal.getTarget()).isEqualTo("/obtainauthtoken/");
    assertThat(renewal.getHeaders().get("Authorization")).as("the stale token is not sent to the exchange").isNull();
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Token tok-2"); // the repeat
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Token tok-2"); // cached
    assertThat(server.getRequestCount()).isEqualTo(6);
  }

  @Test
  void eightThreadsRefusedAtOnceShareOneRenewal() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try (PerformClient client = builder().build()) {
      client.questions().listPage(1, 0);
      tokens.expireAll();
      tokens.exchangeDelayMillis = 200;
      listFromEightThreadsAtOnce(client, pool);
    } finally {
      pool.shutdownNow();
    }
    assertThat(tokens.exchanges.get()).isEqualTo(2);
  }

  @Test
  void aSecond401AfterTheRenewalIsAnUnauthorizedException() throws Exception {
    tokens.refuseEveryToken = true;
    try (PerformClient client = builder().build()) {
      assertThatThrownBy(() -> client.questions().listPage(10, 0))
          .isInstanceOf(UnauthorizedException.class)
          .satisfies(e -> assertThat(((UnauthorizedException) e).statusCode()).isEqualTo(401));
      assertThat(tokens.exchanges.get()).isEqualTo(2);
      assertThat(server.getRequestCount()).isEqualTo(4);
      CompletableFuture<QuestionPage> async = client.questions().listPageAsync(10, 0);
      assertThatThrownBy(() -> async.get(10, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(UnauthorizedException.class);
    }
    // The async call starts with tok-2 (cached), is refused, renews once (tok-3) and is refused again.
    assertThat(tokens.exchanges.get()).isEqualTo(3);
  }

  @Test
  void refusedCredentialsNameTheSettingNeverThePasswordAndAreTriedAgainNextCall() throws Exception {
    tokens.refuseCredentials = true;
    try (PerformClient client = builder().logLevel(HttpLogLevel.BODY).build()) {
      assertThatThrownBy(() -> client.questions().listPage(10, 0))
          .isInstanceOf(UnauthorizedException.class)
          .hasMessageContaining("tokenCredentials(username, password)")
          .hasMessageContaining("Unable to log in with provided credentials")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain(PASSWORD))
          .satisfies(e -> assertThat(((UnauthorizedException) e).statusCode()).isEqualTo(400));
      CompletableFuture<QuestionPage> async = client.questions().listPageAsync(10, 0);
      assertThatThrownBy(() -> async.get(10, TimeUnit.SECONDS))
          .hasCauseInstanceOf(UnauthorizedException.class)
          .satisfies(e -> assertThat(e.getCause().getMessage()).contains("tokenCredentials").doesNotContain(PASSWORD));
      tokens.refuseCredentials = false;
      assertThat(client.questions().listPage(10, 0).count()).isZero();
    }
    assertThat(tokens.exchanges.get()).isEqualTo(3);
    assertThat(tokens.apiCalls.get()).as("nothing is sent before a token is at hand").isEqualTo(1);
    assertThat(String.join("\n", logLines)).contains("obtainauthtoken").doesNotContain(PASSWORD);
  }

  @Test
  void neitherThePasswordNorTheTokenAppearsInLogsOrToString() throws Exception {
    tokens.tokenPrefix = "tok-secret-0a9f";
    PerformClient.Builder builder = builder().logLevel(HttpLogLevel.BODY);
    String shown;
    StringWriter traces = new StringWriter();
    try (PerformClient client = builder.build()) {
      client.questions().listPage(10, 0);
      tokens.expireAll();
      client.questions().listPage(10, 0);
      tokens.refuseEveryToken = true;
      Throwable refused = catchThrowable(() -> client.questions().listPage(10, 0));
      assertThat(refused).isInstanceOf(UnauthorizedException.class);
      refused.printStackTrace(new PrintWriter(traces));
      tokens.refuseEveryToken = false;
      tokens.expireAll();
      tokens.refuseCredentials = true;
      Throwable exchange = catchThrowable(() -> client.questions().listPage(10, 0));
      assertThat(exchange).isInstanceOf(UnauthorizedException.class);
      exchange.printStackTrace(new PrintWriter(traces));
      shown = client + " " + builder + " " + client.questions() + "\n" + traces;
    }
    String log = String.join("\n", logLines);
    assertThat(log).contains("POST").contains("/obtainauthtoken/").contains("Authorization: REDACTED");
    assertThat(log).doesNotContain(PASSWORD).doesNotContain("tok-secret-0a9f");
    assertThat(shown).contains(USERNAME).contains("Invalid token.").contains("tokenCredentials")
        .doesNotContain(PASSWORD).doesNotContain("tok-secret-0a9f");
  }

  @Test
  void theSettingIsCheckedWhenGivenAndNamedNeverQuoted() {
    assertThatThrownBy(() -> PerformClient.builder().tokenCredentials(null, "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("username");
    assertThatThrownBy(() -> PerformClient.builder().tokenCredentials("u", " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("password");
    assertThatThrownBy(() -> PerformClient.builder().tokenCredentials("u", "line\nbreak-secret"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("password")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("break-secret"));
    assertThatThrownBy(() -> PerformClient.builder().baseUrl("https://pro.weekly10.net/").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("tokenCredentials(username, password)");
  }

  @Test
  void eachClientBuiltFromOneBuilderObtainsItsOwnToken() throws Exception {
    PerformClient.Builder builder = builder();
    try (PerformClient first = builder.build(); PerformClient second = builder.build()) {
      first.questions().listPage(1, 0);
      second.questions().listPage(1, 0);
      first.questions().listPage(1, 0);
    }
    assertThat(tokens.exchanges.get()).isEqualTo(2);
  }

  @Test
  void laterCredentialsReplaceTheTokenFlow() throws Exception {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(EMPTY_PAGE).build();
      }
    });
    try (PerformClient client = builder().credentials(USERNAME, "api-key-1").build()) {
      client.questions().listPage(1, 0);
    }
    RecordedRequest request = server.takeRequest();
    assertThat(request.getTarget()).startsWith("/api/v2/questions/");
    assertThat(request.getHeaders().get("Authorization")).startsWith("Basic ");
  }

  /** A server with the token flow: issues tok-1, tok-2, ... and accepts each until {@link #expireAll()}. */
  private static final class TokenServer extends Dispatcher {
    final AtomicInteger exchanges = new AtomicInteger();
    final AtomicInteger apiCalls = new AtomicInteger();
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    volatile long exchangeDelayMillis;
    volatile boolean refuseCredentials;
    volatile boolean refuseEveryToken;
    volatile String tokenPrefix = "tok-";
    private final Set<String> valid = ConcurrentHashMap.newKeySet();

    void expireAll() {
      valid.clear();
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
      if (request.getTarget().equals("/obtainauthtoken/")) {
        exchanges.incrementAndGet();
        Thread.sleep(exchangeDelayMillis);
        if (refuseCredentials) {
          return json(400, "{\"non_field_errors\":[\"Unable to log in with provided credentials.\"]}");
        }
        String token = tokenPrefix + exchanges.get();
        valid.add(token);
        return json(200, "{\"token\":\"" + token + "\"}");
      }
      apiCalls.incrementAndGet();
      String authorization = request.getHeaders().get("Authorization");
      authorizations.add(String.valueOf(authorization));
      if (refuseEveryToken || authorization == null || !authorization.startsWith("Token ")
          || !valid.contains(authorization.substring("Token ".length()))) {
        return new MockResponse.Builder()
            .code(401)
            .addHeader("Content-Type", "application/json")
            .addHeader("WWW-Authenticate", "Token")
            .body("{\"detail\":\"Invalid token.\"}")
            .build();
      }
      return json(200, EMPTY_PAGE);
    }

    private static MockResponse json(int code, String body) {
      return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }
  }
}
