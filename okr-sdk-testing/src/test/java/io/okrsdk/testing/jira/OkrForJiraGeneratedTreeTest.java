package io.okrsdk.testing.jira;

import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.jira.query.ObjectiveExpand;
import io.okrsdk.jira.ObjectiveNode;
import io.okrsdk.jira.OkrForJiraClient;
import io.okrsdk.jira.OkrGraph;
import io.okrsdk.jira.model.KeyResult;
import io.okrsdk.jira.model.Objective;
import io.okrsdk.jira.model.ProgressType;
import io.okrsdk.testing.FakeOkrForJiraServer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Graph navigation over a large generated tree, fetched by the real client. */
class OkrForJiraGeneratedTreeTest {
  private static final int OBJECTIVES = 121;
  private static final int KEY_RESULTS_EACH = 4;

  @RegisterExtension
  static final FakeOkrForJiraServer jira = new FakeOkrForJiraServer().withGeneratedTree(OBJECTIVES, KEY_RESULTS_EACH);

  private static OkrGraph graph(OkrForJiraClient client) {
    return client.okrs().objectivesByDate(FakeOkrForJiraServer.GENERATED_QUARTER, ObjectiveExpand.all());
  }

  @Test
  void theWholeTreeComesBackWithItsKeyResults(OkrForJiraClient client) {
    OkrGraph graph = graph(client);

    assertThat(graph.objectives()).hasSize(OBJECTIVES);
    assertThat(graph.keyResults()).hasSize(OBJECTIVES * KEY_RESULTS_EACH);
    assertThat(graph.roots()).extracting(Objective::name).containsExactly("Objective 1: improve customers");
    assertThat(graph.teams()).hasSize(3).allSatisfy(team -> assertThat(team.id()).containsOnlyDigits());
    assertThat(graph.periods()).extracting(period -> period.name().orElseThrow()).containsExactly("Q1 Y2022");
    assertThat(graph.labels()).hasSize(2);
    assertThat(graph.customFields()).hasSize(2);
  }

  @Test
  void theTreeIsThreeWideAndFiveDeep(OkrForJiraClient client) {
    OkrGraph graph = graph(client);
    List<ObjectiveNode> tree = graph.tree();

    assertThat(tree).hasSize(OBJECTIVES);
    assertThat(tree.get(0).depth()).isZero();
    assertThat(tree.stream().mapToInt(ObjectiveNode::depth).max().orElseThrow()).isEqualTo(4);
    Objective root = graph.roots().get(0);
    assertThat(graph.childrenOf(root)).hasSize(3);
    assertThat(graph.descendantsOf(root)).hasSize(OBJECTIVES - 1);
    Objective deepest = tree.get(tree.size() - 1).objective();
    assertThat(graph.ancestorsOf(deepest)).hasSize(4).last().isEqualTo(root);
    assertThat(graph.subtree(graph.childrenOf(root).get(0))).hasSize(40);
  }

  @Test
  void keyResultsLinkBothWaysAndEveryFourthIsAutomatic(OkrForJiraClient client) {
    OkrGraph graph = graph(client);

    Set<String> seen = new HashSet<>();
    for (Objective objective : graph.objectives()) {
      List<KeyResult> keyResults = graph.keyResultsOf(objective);
      assertThat(keyResults).hasSize(KEY_RESULTS_EACH);
      for (KeyResult keyResult : keyResults) {
        assertThat(graph.parentOf(keyResult)).contains(objective);
        assertThat(seen.add(keyResult.id())).isTrue();
      }
      double mean = keyResults.stream().mapToDouble(KeyResult::percentDone).average().orElse(0);
      assertThat(objective.percentDone()).isCloseTo(mean, org.assertj.core.data.Offset.offset(1e-9));
    }
    long automatic =
        graph.keyResults().stream()
            .filter(kr -> kr.currentProgressDefinition().flatMap(d -> d.type()).orElseThrow().is(ProgressType.AUTO))
            .count();
    assertThat(automatic).isEqualTo(OBJECTIVES * KEY_RESULTS_EACH / 4);
  }

  @Test
  void generationIsDeterministic() {
    try (FakeOkrForJiraServer first = new FakeOkrForJiraServer().withGeneratedTree(13, 2);
        FakeOkrForJiraServer second = new FakeOkrForJiraServer().withGeneratedTree(13, 2)) {
      assertThat(graph(first.client()).export()).isEqualTo(graph(second.client()).export());
    }
  }

  @Test
  void aSecondTreeGetsNewIdsAndKeys() {
    try (FakeOkrForJiraServer fake = new FakeOkrForJiraServer().withGeneratedTree(2, 1).withGeneratedTree(2, 1)) {
      OkrGraph graph = graph(fake.client());

      assertThat(graph.roots()).hasSize(2);
      assertThat(graph.objectives()).extracting(Objective::key).containsExactly("O-6", "O-7", "O-8", "O-9");
      assertThat(graph.keyResults()).extracting(KeyResult::key).containsExactly("KR-5", "KR-6", "KR-7", "KR-8");
    }
  }
}
