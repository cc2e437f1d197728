package io.okrsdk.benchmarks;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import io.okrsdk.core.internal.json.OkrJson;
import io.okrsdk.core.json.DecodingMode;
import io.okrsdk.core.json.DecodingOptions;
import io.okrsdk.perform.model.GoalPage;
import io.okrsdk.perform.model.GoalUnit;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okio.Buffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Target 2: decoding a page of 1,000 goals ({@code GoalPage}, as {@code GET api/v2/goals/} returns
 * it) with the SDK's Moshi against a hand-written adapter that builds the same immutable objects
 * ({@link HandWrittenGoalAdapters.PageAdapter}). The SDK's Moshi is {@code OkrJson.builder()} plus
 * the goal unit adapter, which is what {@code PerformClient} builds. Every operation parses from
 * the same in-memory bytes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(1)
public class DecodeBenchmark {
  static final int GOALS = 1_000;
  private static final DecodingOptions STRICT = DecodingOptions.defaults().withMode(DecodingMode.STRICT);

  private byte[] page;
  private JsonAdapter<GoalPage> sdkAdapter;
  private HandWrittenGoalAdapters.PageAdapter handPage;

  /** Builds the inputs and adapters, and checks that both sides decode the same goals. */
  @Setup
  public void setUp() throws IOException {
    page = GoalJson.page(0, GOALS, GOALS, null);
    Moshi sdk = OkrJson.builder().add(GoalUnit.class, new HandWrittenGoalAdapters.UnitAdapter().nullSafe()).build();
    sdkAdapter = sdk.adapter(GoalPage.class);
    handPage = new HandWrittenGoalAdapters.PageAdapter();
    GoalPage decoded = sdkPage();
    if (decoded.results().size() != GOALS || !decoded.equals(handWrittenPage()) || !decoded.equals(sdkPageStrict())) {
      throw new IllegalStateException("the SDK and the hand-written adapters decode different goals");
    }
    // Equality leaves out what a model did not understand, so check apart that the page is
    // well-formed for the SDK: nothing kept as raw JSON, no problem recorded.
    if (!decoded.unrecognized().isEmpty() || decoded.results().stream().anyMatch(goal -> !goal.unrecognized().isEmpty())) {
      throw new IllegalStateException("the SDK found something it did not understand in the benchmark's page");
    }
  }

  /**
   * The SDK's model bridge.
   *
   * @return the page
   * @throws IOException never, the input is in memory
   */
  @Benchmark
  public GoalPage sdkPage() throws IOException {
    return sdkAdapter.fromJson(reader(page));
  }

  /**
   * The SDK's model bridge in strict mode, for comparison: what tolerant mode costs over it on a
   * well-formed page.
   *
   * @return the page
   * @throws IOException never, the input is in memory
   */
  @Benchmark
  public GoalPage sdkPageStrict() throws IOException {
    return sdkAdapter.fromJson(OkrJson.withOptions(reader(page), STRICT));
  }

  /**
   * The baseline for {@link #sdkPage()}.
   *
   * @return the page
   * @throws IOException never, the input is in memory
   */
  @Benchmark
  public GoalPage handWrittenPage() throws IOException {
    return handPage.fromJson(reader(page));
  }

  private static JsonReader reader(byte[] json) {
    return JsonReader.of(new Buffer().write(json));
  }
}
