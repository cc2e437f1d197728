package io.okrsdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.okrsdk.core.internal.auth.BasicAuth;
import io.okrsdk.core.json.RawJson;
import io.okrsdk.core.testsupport.RecordingSleeper;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link OkrClient#request}: an unmodelled call gets what every typed call gets, and shows the raw answer. */
@Timeout(20)
class RawRequestTest {
  private static final String PASSWORD = "s3cret-pass";

  @StartStop final MockWebServer server = new MockWebServer();
  @StartStop final MockWebServer elsewhere = new MockWebServer();
  final RecordingSleeper sleeper = new RecordingSleeper();

  private TestClient client() {
    return TestClient.builder()
        .baseUrl(server.url("/base/").toString())
        .auth(new BasicAuth("user", PASSWORD))
        .sleeper(sleeper)
        .build();
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
  }

  @Test
  void theRawViewShowsStatusHeadersRequestIdAndBody() throws Exception {
    server.enqueue(json(201, "{ \"id\": \"1\", \"extra\": [1, 2] }").newBuilder().addHeader("X-Request-Id", "req-42")
        .addHeader("X-Custom", "a").build());
    try (TestClient client = client()) {
      RawResponse<RawJson> answer =
          client.request("get", "/api/v1/whatever").query("a", "b c").query("a", "d&e").header("X-Trace", "t").execute();

      assertThat(answer.status()).isEqualTo(201);
      assertThat(answer.requestId()).contains("req-42");
      assertThat(answer.header("x-custom")).contains("a");
      assertThat(answer.headers()).containsKey("x-request-id");
      assertThat(answer.body()).contains(RawJson.of("{ \"id\": \"1\", \"extra\": [1, 2] }"));
      assertThat(answer.toString()).contains("201", "req-42");
    }
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/base/api/v1/whatever?a=b%20c&a=d%26e");
    assertThat(request.getHeaders().get("Authorization")).startsWith("Basic ");
    assertThat(request.getHeaders().get("X-Trace")).isEqualTo("t");
    assertThat(request.getHeaders().get("User-Agent")).contains("TestClient");
  }

  @Test
  void theBodyDecodesIntoAModelAndAnEmptyAnswerHasNone() {
    server.enqueue(json(200, "{\"id\":\"7\",\"name\":\"N\",\"later\":true}"));
    server.enqueue(new MockResponse.Builder().code(204).build());
    try (TestClient client = client()) {
      TestClient.Item item = client.request("GET", "items/7/").execute(TestClient.Item.class).body().orElseThrow();
      assertThat(item.id()).isEqualTo("7");
      assertThat(item.unrecognized().unknownFields()).containsKey("later");
      assertThat(client.request("DELETE", "items/7/").execute().body()).isEmpty();
    }
  }

  /** A caller's own type: a plain class, no SDK marker and no generated shape. */
  static final class Insight {
    String id;
    double score;
  }

  @Test
  void theBodyDecodesIntoACallersPlainClassOrAMap() {
    server.enqueue(json(200, "{\"id\":\"i-1\",\"score\":0.5,\"extra\":[1]}"));
    server.enqueue(json(200, "{\"id\":\"i-2\"}"));
    try (TestClient client = client()) {
      Insight insight = client.request("GET", "insights/1").execute(Insight.class).body().orElseThrow();
      assertThat(insight.id).isEqualTo("i-1");
      assertThat(insight.score).isEqualTo(0.5);
      assertThat(client.request("GET", "insights/2").execute(Map.class).body().orElseThrow()).containsEntry("id", "i-2");
    }
  }

  @Test
  void errorsAreMappedAsForTypedCallsWithoutCredentials() {
    server.enqueue(json(404, "{\"error\":\"no such thing\"}").newBuilder().addHeader("X-Request-Id", "req-9").build());
    server.enqueue(json(200, "<html>not json</html>"));
    try (TestClient client = client()) {
      Throwable notFound = catchThrowable(() -> client.request("GET", "things/1").execute());
      assertThat(notFound).isInstanceOfSatisfying(NotFoundException.class, e -> {
        assertThat(e.statusCode()).isEqualTo(404);
        assertThat(e.requestId()).contains("req-9");
      });
      assertThat(notFound.getMessage()).doesNotContain(PASSWORD).doesNotContain("dXNlcj");
      assertThatThrownBy(() -> client.request("GET", "things/2").execute()).isInstanceOf(OkrDecodingException.class);
    }
  }

  @Test
  void aServerEchoingTheCredentialsGetsThemRedactedInTheException() throws Exception {
    try (TestClient client = client()) {
      server.enqueue(json(200, "{}"));
      client.request("GET", "probe").execute();
      String authorization = server.takeRequest().getHeaders().get("Authorization");
      server.enqueue(json(400, "{\"echo\":\"" + authorization + "\",\"password\":\"" + PASSWORD + "\"}"));
      Throwable refused = catchThrowable(() -> client.request("POST", "things").body(Map.of("a", 1)).execute());
      assertThat(refused).isInstanceOf(BadRequestException.class);
      assertThat(refused.getMessage() + ((BadRequestException) refused).errorBody())
          .doesNotContain(PASSWORD)
          .doesNotContain(authorization.substring("Basic ".length()));
    }
  }

  @Test
  void aBodyThatIsNotOneJsonValueIsRefusedNotPassedOn() {
    server.enqueue(json(200, "{\"a\":1}{\"b\":2}"));
    server.enqueue(json(200, "   "));
    server.enqueue(json(200, "{\"a\":"));
    try (TestClient client = client()) {
      for (int i = 0; i < 3; i++) {
        assertThatThrownBy(() -> client.request("GET", "things").execute()).isInstanceOf(OkrDecodingException.class);
      }
    }
  }

  @Test
  void oneClientServesManyThreadsDerivingTheirOwnOptions() throws Exception {
    int threads = 8;
    int callsEach = 25;
    for (int i = 0; i < threads * callsEach; i++) {
      server.enqueue(json(200, "{\"ok\":true}"));
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
    try (TestClient client = client()) {
      java.util.List<java.util.concurrent.Future<Integer>> done = new java.util.ArrayList<>();
      for (int t = 0; t < threads; t++) {
        String trace = "t" + t;
        done.add(pool.submit(() -> {
          int ok = 0;
          for (int c = 0; c < callsEach; c++) {
            TestClient derived = client.withOptions(o -> o.header("X-Trace", trace).maxRetries(0));
            ok += derived.request("GET", "things").execute().status() == 200 ? 1 : 0;
          }
          return ok;
        }));
      }
      int total = 0;
      for (java.util.concurrent.Future<Integer> f : done) {
        total += f.get(15, TimeUnit.SECONDS);
      }
      assertThat(total).isEqualTo(threads * callsEach);
    } finally {
      pool.shutdownNow();
    }
    java.util.Map<String, Integer> perTrace = new java.util.HashMap<>();
    for (int i = 0; i < threads * callsEach; i++) {
      perTrace.merge(server.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("X-Trace"), 1, Integer::sum);
    }
    assertThat(perTrace).as("each thread's header went only with its own calls").hasSize(threads)
        .allSatisfy((trace, count) -> assertThat(count).isEqualTo(callsEach));
  }

  @Test
  void aPostIsNeverSentAgainButAGetIsRetried() {
    server.enqueue(json(503, "{}"));
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(json(503, "{}"));
    server.enqueue(json(200, "{\"ok\":true}"));
    try (TestClient client = client()) {
      assertThatThrownBy(() -> client.request("POST", "things").body(Map.of("name", "x")).execute())
          .isInstanceOf(ServerErrorException.class);
      assertThat(server.getRequestCount()).as("a 503 on a POST is the caller's answer").isEqualTo(1);

      Throwable dropped = catchThrowable(() -> client.request("PATCH", "things/1").body(RawJson.of("{\"a\":1}")).execute());
      assertThat(dropped).isInstanceOfSatisfying(OkrNetworkException.class,
          e -> assertThat(e.fate()).isEqualTo(RequestFate.MAY_HAVE_BEEN_APPLIED));
      assertThat(server.getRequestCount()).as("a PATCH that may have arrived is not re-sent").isEqualTo(2);

      assertThat(client.request("GET", "things").execute().status()).isEqualTo(200);
      assertThat(server.getRequestCount()).as("a GET is retried").isEqualTo(4);
    }
  }

  @Test
  void aJsonBodyIsSentAsJson() throws Exception {
    server.enqueue(json(200, "{\"id\":\"1\"}"));
    try (TestClient client = client()) {
      TestClient.Item item = ImmutableItem.builder().id("1").name("N").build();
      client.request("PUT", "items/1/").body(item).execute(TestClient.Item.class);
    }
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("PUT");
    assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(request.getBody().utf8()).isEqualTo("{\"id\":\"1\",\"name\":\"N\"}");
  }

  @Test
  void pathsCannotLeaveTheBaseUrl() {
    try (TestClient client = client()) {
      for (String path : new String[] {
          elsewhere.url("/steal").toString(), "//evil.example/x", "../admin", "a/%2e%2e/b", "items?x=1", " ", "a\\b"}) {
        assertThatThrownBy(() -> client.request("GET", path)).as(path).isInstanceOf(IllegalArgumentException.class);
      }
      assertThatThrownBy(() -> client.request("TRACE", "x")).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> client.request("GET", "x").body(Map.of())).isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(elsewhere.getRequestCount()).isZero();
  }

  @Test
  void aRedirectToAnotherHostCarriesNoCredentials() throws Exception {
    server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", elsewhere.url("/landing").toString()).build());
    elsewhere.enqueue(json(200, "{}"));
    try (TestClient client = client()) {
      assertThat(client.request("GET", "moved").execute().status()).isEqualTo(200);
    }
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isNotNull();
    assertThat(elsewhere.takeRequest().getHeaders().get("Authorization")).isNull();
  }

  @Test
  void theAsyncTwinFailsWithTheSameException() {
    server.enqueue(json(409, "{}"));
    server.enqueue(json(200, "{\"id\":\"1\"}"));
    try (TestClient client = client()) {
      assertThatThrownBy(() -> client.request("GET", "x").executeAsync().get(10, TimeUnit.SECONDS))
          .hasCauseInstanceOf(ConflictException.class);
      assertThat(client.request("GET", "items/1/").executeAsync(TestClient.Item.class).join().body().orElseThrow().id())
          .isEqualTo("1");
    } catch (CompletionException e) {
      throw e;
    }
  }
}
