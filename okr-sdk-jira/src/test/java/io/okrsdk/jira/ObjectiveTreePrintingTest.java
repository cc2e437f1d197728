package io.okrsdk.jira;

import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.core.testsupport.RecordingSleeper;
import io.okrsdk.jira.model.KeyResult;
import io.okrsdk.jira.model.Objective;
import io.okrsdk.jira.query.DateWindow;
import io.okrsdk.jira.query.ObjectiveExpand;
import java.time.LocalDate;
import java.util.Locale;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The README's usage example, run against a canned response. */
class ObjectiveTreePrintingTest {
  private static final String RESPONSE =
      "{\"okrs\":["
          + "{\"id\":\"o2\",\"key\":\"O-2\",\"name\":\"Become more mature company\",\"percentDone\":8.333,"
          + "\"krIds\":[\"k3\"],\"childObjectiveIds\":[\"o5\"],\"periodAliasId\":\"p1\"},"
          + "{\"id\":\"o5\",\"key\":\"O-5\",\"name\":\"Hire a platform team\",\"percentDone\":25,"
          + "\"parentObjectiveId\":\"o2\",\"periodAliasId\":\"p1\"}],"
          + "\"krs\":[{\"id\":\"k3\",\"key\":\"KR-3\",\"name\":\"Ship the maturity survey\",\"percentDone\":40,"
          + "\"parentObjectiveId\":\"o2\",\"latestUpdate\":{\"status\":\"ON_TRACK\"}}],"
          + "\"periods\":[{\"id\":\"p1\",\"name\":\"Q1 Y2021\"}]}";

  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void theReadmeLoopPrintsAnIndentedTreeWithProgress() {
    server.enqueue(TestClients.json(RESPONSE));
    StringBuilder out = new StringBuilder();
    try (OkrForJiraClient jira = TestClients.forServer(server, new RecordingSleeper())) {
      OkrGraph graph = jira.okrs().objectivesByDate(
          DateWindow.between(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 3, 31)), ObjectiveExpand.all());

      for (ObjectiveNode node : graph.tree()) {
        Objective objective = node.objective();
        String indent = "  ".repeat(node.depth());
        String period = graph.periodOf(objective).flatMap(p -> p.name()).orElse("-");
        out.append(String.format(Locale.ROOT, "%s%s %s  %.0f%%  [%s]%n",
            indent, objective.key(), objective.name(), objective.percentDone(), period));
        for (KeyResult kr : graph.keyResultsOf(objective)) {
          String status = kr.latestUpdate().flatMap(u -> u.status()).map(s -> s.value()).orElse("");
          out.append(String.format(Locale.ROOT, "%s    %s %s  %.0f%%  %s%n",
              indent, kr.key(), kr.name(), kr.percentDone(), status));
        }
      }
    }

    assertThat(out.toString().split("\\R"))
        .containsExactly(
            "O-2 Become more mature company  8%  [Q1 Y2021]",
            "    KR-3 Ship the maturity survey  40%  ON_TRACK",
            "  O-5 Hire a platform team  25%  [Q1 Y2021]");
  }
}
