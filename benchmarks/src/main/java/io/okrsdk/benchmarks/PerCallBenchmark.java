package io.okrsdk.benchmarks;

import io.okrsdk.core.internal.PathSegments;
import io.okrsdk.perform.PerformClient;
import io.okrsdk.perform.model.Goal;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Target 1: one {@code GET api/v2/goals/{id}/} through {@code PerformClient.goals().get(id)}
 * against the same request made with a plain {@code OkHttpClient} (HTTP Basic header, status
 * check) and decoded with a hand-written Moshi adapter. Both talk to the same loopback
 * MockWebServer, which answers every request with the same goal at once. {@link
 * #sdkGetWithOptions()} adds the cost of deriving a client with {@code withOptions} per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(1)
public class PerCallBenchmark {
  private MockWebServer server;
  private PerformClient sdk;
  private OkHttpClient http;
  private HandWrittenGoalAdapters.GoalAdapter adapter;
  private Request request;

  /** Starts the server and both clients, and checks that both decode the same goal. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    String body = GoalJson.goal(0);
    server =
        LoopbackServer.start(
            new Dispatcher() {
              @Override
              public MockResponse dispatch(RecordedRequest recorded) {
                return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
              }
            });
    sdk = PerformClient.builder().baseUrl(server.url("/").toString()).credentials("bench", "secret").build();
    http = new OkHttpClient();
    adapter = new HandWrittenGoalAdapters.GoalAdapter();
    HttpUrl url = server.url("/api/v2/goals/" + PathSegments.encode(GoalJson.FIRST_ID, "apiId") + "/");
    request = new Request.Builder().url(url).header("Authorization", Credentials.basic("bench", "secret")).build();
    if (!sdkGet().equals(okHttpMoshiGet())) {
      throw new IllegalStateException("the SDK and the baseline decode different goals");
    }
  }

  /** The server keeps every request it saw; forget them so memory stays flat across iterations. */
  @TearDown(Level.Iteration)
  public void forgetRequests() throws InterruptedException {
    while (server.takeRequest(0, TimeUnit.MILLISECONDS) != null) {
      // drained
    }
  }

  /** Stops the clients and the server. */
  @TearDown(Level.Trial)
  public void tearDown() {
    sdk.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
    server.close();
  }

  /**
   * The SDK call.
   *
   * @return the goal
   */
  @Benchmark
  public Goal sdkGet() {
    return sdk.goals().get(GoalJson.FIRST_ID);
  }

  /**
   * The SDK call through a client derived for this one call with other options (a 5 s deadline,
   * one retry), as {@code withOptions} is meant to be used: the price of deriving a client per call.
   *
   * @return the goal
   */
  @Benchmark
  public Goal sdkGetWithOptions() {
    return sdk.withOptions(o -> o.callTimeout(Duration.ofSeconds(5)).maxRetries(1)).goals().get(GoalJson.FIRST_ID);
  }

  /**
   * The baseline: plain OkHttp and a hand-written adapter.
   *
   * @return the goal
   * @throws IOException when the call fails
   */
  @Benchmark
  public Goal okHttpMoshiGet() throws IOException {
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("HTTP " + response.code());
      }
      return adapter.fromJson(response.body().source());
    }
  }
}
