package io.okrsdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class ColdStartPairsTest {
  @Test
  void medianOfOddAndEvenCountsLeavesTheInputAlone() {
    double[] odd = {3, 1, 2};
    assertThat(ColdStartPairs.median(odd)).isEqualTo(2);
    assertThat(odd).containsExactly(3, 1, 2);
    assertThat(ColdStartPairs.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
  }

  @Test
  void bootstrapIntervalOfIdenticalRatiosIsThatRatio() {
    double[] same = new double[50];
    java.util.Arrays.fill(same, 1.1);
    assertThat(ColdStartPairs.bootstrapMedianInterval(same, new Random(1))).containsExactly(1.1, 1.1);
  }

  @Test
  void bootstrapIntervalHoldsTheMedianAndNarrowsWithMoreRounds() {
    Random noise = new Random(7);
    double[] few = new double[20];
    double[] many = new double[400];
    for (int i = 0; i < many.length; i++) {
      double ratio = 1.1 + noise.nextGaussian() * 0.1;
      many[i] = ratio;
      if (i < few.length) {
        few[i] = ratio;
      }
    }
    double[] wide = ColdStartPairs.bootstrapMedianInterval(few, new Random(1));
    double[] narrow = ColdStartPairs.bootstrapMedianInterval(many, new Random(1));
    assertThat(ColdStartPairs.median(many)).isBetween(narrow[0], narrow[1]);
    assertThat(narrow[0]).isGreaterThan(1.05);
    assertThat(narrow[1]).isLessThan(1.15);
    assertThat(narrow[1] - narrow[0]).isLessThan(wide[1] - wide[0]);
  }
}
