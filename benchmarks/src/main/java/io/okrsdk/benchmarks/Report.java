package io.okrsdk.benchmarks;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the targets table from a JMH JSON result file ({@code -rf json -rff <file>}): for each
 * target, the SDK's and the baseline's median with JMH's 99.9% error, the ratio of the medians and
 * whether the target is met.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.okrsdk.benchmarks.Report benchmarks/target/results.json</pre>
 */
public final class Report {
  private static final String PREFIX = "io.okrsdk.benchmarks.";

  private Report() {}

  /**
   * Prints the table.
   *
   * @param args the JMH JSON result file
   * @throws IOException when the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: Report <jmh-result.json>");
      System.exit(2);
    }
    String json = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    JsonAdapter<List<Map<String, Object>>> adapter =
        new Moshi.Builder().build().adapter(Types.newParameterizedType(List.class, Types.newParameterizedType(Map.class, String.class, Object.class)));
    Map<String, Map<String, Object>> metrics = new HashMap<>();
    for (Map<String, Object> run : adapter.fromJson(json)) {
      @SuppressWarnings("unchecked")
      Map<String, Object> metric = (Map<String, Object>) run.get("primaryMetric");
      metrics.put(((String) run.get("benchmark")).substring(PREFIX.length()), metric);
    }
    System.out.println("| target | SDK | median ± error | baseline | median ± error | ratio | goal | met |");
    System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
    overhead(metrics, "1. per-call overhead", "PerCallBenchmark.sdkGet", "PerCallBenchmark.okHttpMoshiGet", 1.15);
    overhead(metrics, "2. decode 1,000-goal page", "DecodeBenchmark.sdkPage", "DecodeBenchmark.handWrittenPage", 1.1);
    speedup(metrics, "3. prefetch, slow consumer", "PagingBenchmark.prefetchSlowConsumer", "PagingBenchmark.sequentialSlowConsumer", 1.8);
    speedup(metrics, "3. parallel(4), fast consumer", "PagingBenchmark.parallel4FastConsumer", "PagingBenchmark.sequentialFastConsumer", 3.0);
  }

  /** SDK time over baseline time, at most {@code limit}. */
  private static void overhead(Map<String, Map<String, Object>> metrics, String target, String sdk, String baseline, double limit) {
    row(metrics, target, sdk, baseline, false, limit);
  }

  /** Baseline time over SDK time, at least {@code limit}. */
  private static void speedup(Map<String, Map<String, Object>> metrics, String target, String sdk, String baseline, double limit) {
    row(metrics, target, sdk, baseline, true, limit);
  }

  private static void row(
      Map<String, Map<String, Object>> metrics, String target, String sdk, String baseline, boolean speedup, double limit) {
    Map<String, Object> s = metrics.get(sdk);
    Map<String, Object> b = metrics.get(baseline);
    if (s == null || b == null) {
      System.out.printf(Locale.ROOT, "| %s | %s | not run | %s | not run | | | |%n", target, sdk, baseline);
      return;
    }
    double ratio = speedup ? median(b) / median(s) : median(s) / median(b);
    boolean met = speedup ? ratio >= limit : ratio <= limit;
    System.out.printf(
        Locale.ROOT,
        "| %s | `%s` | %s | `%s` | %s | %.2f× | %s %.2f× | %s |%n",
        target,
        sdk.substring(sdk.indexOf('.') + 1),
        cell(s),
        baseline.substring(baseline.indexOf('.') + 1),
        cell(b),
        ratio,
        speedup ? "≥" : "≤",
        limit,
        met ? "yes" : "no");
  }

  private static String cell(Map<String, Object> metric) {
    return String.format(
        Locale.ROOT, "%s ± %s %s", number(median(metric)), number(((Number) metric.get("scoreError")).doubleValue()), metric.get("scoreUnit"));
  }

  private static double median(Map<String, Object> metric) {
    @SuppressWarnings("unchecked")
    Map<String, Object> percentiles = (Map<String, Object>) metric.get("scorePercentiles");
    return ((Number) percentiles.get("50.0")).doubleValue();
  }

  private static String number(double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    return value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value);
  }
}
