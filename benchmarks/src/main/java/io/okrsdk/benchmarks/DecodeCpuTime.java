package io.okrsdk.benchmarks;

import io.okrsdk.perform.model.GoalPage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * A cross-check of {@link DecodeBenchmark} on a busy machine: the same three decoders, measured in
 * CPU time of the decoding thread instead of wall-clock time, and taking turns round by round
 * instead of one after the other.
 *
 * <p>JMH runs one benchmark after the other and measures elapsed time, so when other builds share
 * the cores, the time a benchmark waits for a core counts as its own and a change of load between
 * the two halves of a run shows up as a ratio. Thread CPU time leaves the waiting out, and taking
 * turns exposes all three decoders to the same load. It is a cross-check, not a replacement: the
 * recorded figures are JMH's.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.okrsdk.benchmarks.DecodeCpuTime 60</pre>
 */
public final class DecodeCpuTime {
  private static final String[] NAMES = {"sdkPage", "sdkPageStrict", "handWrittenPage"};
  /** Decodes per measurement, so one measurement is well above the CPU clock's granularity. */
  private static final int DECODES = 20;

  private DecodeCpuTime() {}

  /**
   * Prints each decoder's median CPU time per page over the second half of the rounds (the first
   * half warms up) and the ratios to the hand-written adapter.
   *
   * @param args the number of rounds (default 60; each decodes 20 pages with each decoder)
   * @throws IOException never, the input is in memory
   */
  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    if (rounds < 2) {
      throw new IllegalArgumentException("at least 2 rounds: the first half only warms up");
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    DecodeBenchmark benchmark = new DecodeBenchmark();
    benchmark.setUp();
    long[][] nanos = new long[NAMES.length][rounds];
    int pages = 0;
    for (int round = 0; round < rounds; round++) {
      for (int turn = 0; turn < NAMES.length; turn++) {
        // Each round starts with another decoder, so none always runs right after the same one.
        int which = (turn + round) % NAMES.length;
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < DECODES; i++) {
          pages += decode(benchmark, which).results().size();
        }
        nanos[which][round] = (threads.getCurrentThreadCpuTime() - start) / DECODES;
      }
    }
    double[] medians = new double[NAMES.length];
    for (int which = 0; which < NAMES.length; which++) {
      long[] measured = Arrays.copyOfRange(nanos[which], rounds / 2, rounds);
      Arrays.sort(measured);
      medians[which] = measured[measured.length / 2] / 1000.0;
      System.out.printf(
          Locale.ROOT, "%-16s median %8.0f us CPU/op (min %.0f, max %.0f)%n",
          NAMES[which], medians[which], measured[0] / 1000.0, measured[measured.length - 1] / 1000.0);
    }
    double baseline = medians[NAMES.length - 1];
    System.out.printf(
        Locale.ROOT, "sdkPage / handWrittenPage %.3f, sdkPageStrict / handWrittenPage %.3f (%d goals decoded)%n",
        medians[0] / baseline, medians[1] / baseline, pages);
  }

  private static GoalPage decode(DecodeBenchmark benchmark, int which) throws IOException {
    switch (which) {
      case 0:
        return benchmark.sdkPage();
      case 1:
        return benchmark.sdkPageStrict();
      default:
        return benchmark.handWrittenPage();
    }
  }
}
