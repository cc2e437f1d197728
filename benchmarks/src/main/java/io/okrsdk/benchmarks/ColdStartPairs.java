package io.okrsdk.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Times whole processes against each other for the cold-start benchmark: each round starts every
 * command once, in a new random order, and times it from start to exit; the first command is the
 * baseline. For every other command it prints the median of its per-round ratios to the baseline
 * with a 95% bootstrap interval, the ratio of the medians and both medians.
 *
 * <p>Random order rather than a fixed A B A B: on these 2 shared cores the speed of the machine
 * drifts, and a fixed order lets whatever one process leaves behind (page cache, a core still busy
 * with the previous exit) always fall on the same side.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.okrsdk.benchmarks.ColdStartPairs 100 \
 *   "hand=java -cp benchmarks/target/benchmarks.jar io.okrsdk.benchmarks.ColdStartOkHttpMoshi $URL" \
 *   "sdk=java -cp benchmarks/target/benchmarks.jar io.okrsdk.benchmarks.ColdStartSdk $URL"
 * </pre>
 *
 * <p>Each command is split on spaces and run without a shell, its output discarded; one that exits
 * with another status than 0 stops the run. Two warm-up rounds are not counted.
 */
public final class ColdStartPairs {
  private static final int WARM_UP_ROUNDS = 2;
  private static final int RESAMPLES = 2000;

  private ColdStartPairs() {}

  /**
   * Runs the rounds and prints the figures.
   *
   * @param args the number of counted rounds, then {@code name=command} for each command, the
   *     baseline first
   * @throws IOException when a command cannot be started
   * @throws InterruptedException when interrupted while a command runs
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length < 3) {
      System.err.println("usage: ColdStartPairs ROUNDS name=command name=command [name=command ...]");
      System.exit(2);
    }
    int rounds = Integer.parseInt(args[0]);
    Map<String, List<String>> commands = new LinkedHashMap<>();
    for (int i = 1; i < args.length; i++) {
      int equals = args[i].indexOf('=');
      if (equals <= 0) {
        System.err.println("not name=command: " + args[i]);
        System.exit(2);
      }
      commands.put(args[i].substring(0, equals), Arrays.asList(args[i].substring(equals + 1).trim().split(" +")));
    }
    List<String> names = new ArrayList<>(commands.keySet());
    Map<String, double[]> seconds = new LinkedHashMap<>();
    names.forEach(name -> seconds.put(name, new double[rounds]));
    Random random = new Random();
    double minLoad = Double.MAX_VALUE;
    double maxLoad = 0;
    for (int round = 0; round < WARM_UP_ROUNDS + rounds; round++) {
      List<String> order = new ArrayList<>(names);
      Collections.shuffle(order, random);
      for (String name : order) {
        double wall = run(name, commands.get(name));
        if (round >= WARM_UP_ROUNDS) {
          seconds.get(name)[round - WARM_UP_ROUNDS] = wall;
        }
      }
      double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
      minLoad = Math.min(minLoad, load);
      maxLoad = Math.max(maxLoad, load);
    }
    String baseline = names.get(0);
    double[] base = seconds.get(baseline);
    System.out.printf(Locale.ROOT, "%d rounds in random order, load average %.1f-%.1f%n", rounds, minLoad, maxLoad);
    for (String name : names.subList(1, names.size())) {
      double[] times = seconds.get(name);
      double[] ratios = new double[rounds];
      for (int i = 0; i < rounds; i++) {
        ratios[i] = times[i] / base[i];
      }
      double[] interval = bootstrapMedianInterval(ratios, new Random(1));
      System.out.printf(
          Locale.ROOT,
          "%s / %s: median of per-round ratios %.3f (95%% interval %.3f-%.3f); medians %.3f s / %.3f s = %.3f%n",
          name, baseline, median(ratios), interval[0], interval[1], median(times), median(base), median(times) / median(base));
    }
  }

  /** Runs one command to its end and returns its wall time in seconds. */
  private static double run(String name, List<String> command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.redirectError(ProcessBuilder.Redirect.DISCARD);
    long start = System.nanoTime();
    Process process = builder.start();
    int status = process.waitFor();
    long end = System.nanoTime();
    if (status != 0) {
      System.err.println(name + " exited with " + status + ": " + String.join(" ", command));
      System.exit(1);
    }
    return (end - start) / 1e9;
  }

  /** The 2.5th and 97.5th percentiles of the median of {@code values} resampled with replacement. */
  static double[] bootstrapMedianInterval(double[] values, Random random) {
    double[] medians = new double[RESAMPLES];
    double[] sample = new double[values.length];
    for (int r = 0; r < RESAMPLES; r++) {
      for (int i = 0; i < sample.length; i++) {
        sample[i] = values[random.nextInt(values.length)];
      }
      medians[r] = median(sample);
    }
    Arrays.sort(medians);
    return new double[] {medians[(int) (RESAMPLES * 0.025)], medians[(int) (RESAMPLES * 0.975) - 1]};
  }

  /** The median of {@code values} (which are not changed). */
  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}
