package io.okrsdk.benchmarks;

import io.okrsdk.jira.OkrForJiraClient;
import io.okrsdk.jira.query.DateWindow;
import io.okrsdk.ogsm.OgsmClient;
import io.okrsdk.perform.PerformClient;
import io.okrsdk.testing.FakeOgsmServer;
import io.okrsdk.testing.FakeOkrForJiraServer;
import io.okrsdk.testing.FakePerformServer;
import java.time.LocalDate;
import java.util.Set;

/**
 * A new process's first call on Perform, OGSM or OKR for Jira, for {@link FirstCallClassesTest}
 * (Gtmhub's is {@link ColdStartSdk}): builds a client for the fake at the given URL, makes the
 * platform's first call (what its {@code <Platform>FirstCallClasses} list was taken from) and
 * prints the result.
 */
final class FirstCallProgram {
  private FirstCallProgram() {}

  public static void main(String[] args) {
    // The credentials are compiled-in constants: the fakes' classes are not loaded here.
    switch (args[0]) {
      case "perform":
        try (PerformClient client = PerformClient.builder().baseUrl(args[1])
            .credentials(FakePerformServer.USERNAME, FakePerformServer.API_KEY).build()) {
          System.out.println(client.goals().get(FakePerformServer.EXAMPLE_GOAL_ID));
        }
        break;
      case "ogsm":
        try (OgsmClient client = OgsmClient.builder().baseUrl(args[1])
            .credentials(FakeOgsmServer.USERNAME, FakeOgsmServer.PASSWORD).build()) {
          System.out.println(client.goals().list().iterator().next());
        }
        break;
      case "jira":
        try (OkrForJiraClient client =
            OkrForJiraClient.builder().baseUrl(args[1]).apiToken(FakeOkrForJiraServer.API_TOKEN).build()) {
          DateWindow window = DateWindow.between(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1));
          System.out.println(client.okrs().objectivesByDate(window, Set.of()));
        }
        break;
      default:
        throw new IllegalArgumentException(args[0]);
    }
  }
}
