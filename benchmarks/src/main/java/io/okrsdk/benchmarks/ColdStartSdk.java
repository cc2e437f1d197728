package io.okrsdk.benchmarks;

import io.okrsdk.gtmhub.GtmhubClient;
import io.okrsdk.gtmhub.model.Goal;
import io.okrsdk.testing.FakeGtmhubServer;

/**
 * One side of the cold-start benchmark: a whole program that builds a {@link GtmhubClient}, reads
 * one goal from the {@link ColdStartServer} and exits. The process's run time, JVM start-up
 * included, is what is measured, next to {@link ColdStartOkHttpMoshi}.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar io.okrsdk.benchmarks.ColdStartSdk
 * BASE_URL}.
 */
public final class ColdStartSdk {
  private ColdStartSdk() {}

  /**
   * Reads one goal and prints its name.
   *
   * @param args the server's base URL
   */
  public static void main(String[] args) {
    // The constants are compiled in: the testing module's classes are not loaded.
    try (GtmhubClient client = GtmhubClient.builder().baseUrl(args[0])
        .credentials(FakeGtmhubServer.TOKEN, FakeGtmhubServer.ACCOUNT_ID).build()) {
      Goal goal = client.goals().get(FakeGtmhubServer.SEEDED_APPROVED_GOAL_ID);
      System.out.println(goal.name().orElse(""));
    }
  }
}
