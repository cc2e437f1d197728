package io.okrsdk.jira;

import static io.okrsdk.jira.Graphs.keyResult;
import static io.okrsdk.jira.Graphs.objective;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.jira.model.KeyResult;
import io.okrsdk.jira.model.Label;
import io.okrsdk.jira.model.Objective;
import io.okrsdk.jira.model.OkrExport;
import io.okrsdk.jira.model.Period;
import io.okrsdk.jira.model.Team;
import java.util.List;
import org.junit.jupiter.api.Test;

class OkrGraphNavigationTest {
  //        A                 (B is listed in A.childObjectiveIds; C names A as parent)
  //      /   \
  //     B     C
  //     |
  //     D                    (D names B as parent; E names "gone", which was not fetched)
  private final Objective a =
      objective("a").childObjectiveIds(List.of("b", "missing-child")).krIds(List.of("k2", "missing-kr"))
          .teamIds(List.of("t2", "t1", "t-missing")).labelIds(List.of("l1")).periodAliasId("p1").build();
  private final Objective b = objective("b").build();
  private final Objective c = objective("c").parentObjectiveId("a").build();
  private final Objective d = objective("d").parentObjectiveId("b").periodAliasId("p-missing").build();
  private final Objective e = objective("e").parentObjectiveId("gone").build();
  private final KeyResult k1 = keyResult("k1").parentObjectiveId("a").teamIds(List.of("t1")).build();
  private final KeyResult k2 = keyResult("k2").build();
  private final KeyResult k3 = keyResult("k3").parentObjectiveId("d").periodAliasId("p1").build();
  private final OkrGraph graph =
      OkrGraph.of(
          OkrExport.builder()
              .okrs(List.of(a, b, c, d, e))
              .krs(List.of(k1, k2, k3))
              .teams(List.of(Team.builder().id("t1").name("One").build(), Team.builder().id("t2").name("Two").build()))
              .periods(List.of(Period.builder().id("p1").name("Q1").build()))
              .labels(List.of(Label.builder().id("l1").name("Research").build()))
              .build());

  @Test
  void keyResultsComeFromKrIdsThenFromParentObjectiveId() {
    assertThat(graph.keyResultsOf(a)).containsExactly(k2, k1);
    assertThat(graph.keyResultsOf(d)).containsExactly(k3);
    assertThat(graph.keyResultsOf(b)).isEmpty();
  }

  @Test
  void childrenComeFromBothDirections() {
    assertThat(graph.childrenOf(a)).containsExactly(b, c);
    assertThat(graph.childrenOf(b)).containsExactly(d);
    assertThat(graph.childrenOf(d)).isEmpty();
  }

  @Test
  void parentsComeFromParentObjectiveIdOrFromTheListingObjective() {
    assertThat(graph.parentOf(c)).contains(a);
    assertThat(graph.parentOf(b)).contains(a);
    assertThat(graph.parentOf(d)).contains(b);
    assertThat(graph.parentOf(k1)).contains(a);
    assertThat(graph.parentOf(k2)).contains(a);
    assertThat(graph.parentOf(a)).isEmpty();
    assertThat(graph.parentOf(e)).isEmpty();
  }

  @Test
  void rootsAreObjectivesWithoutAFetchedParent() {
    assertThat(graph.roots()).containsExactly(a, e);
  }

  @Test
  void ancestorsAndDescendantsWalkTheTree() {
    assertThat(graph.ancestorsOf(k3)).containsExactly(d, b, a);
    assertThat(graph.ancestorsOf(d)).containsExactly(b, a);
    assertThat(graph.descendantsOf(a)).containsExactly(b, d, c);
    assertThat(graph.subtree(b)).extracting(ObjectiveNode::depth).containsExactly(0, 1);
  }

  @Test
  void theTreeIsDepthFirstWithDepths() {
    assertThat(graph.tree())
        .extracting(node -> node.objective().id() + "@" + node.depth())
        .containsExactly("a@0", "b@1", "d@2", "c@1", "e@0");
  }

  @Test
  void periodsTeamsAndLabelsResolveAndMissingOnesAreLeftOut() {
    assertThat(graph.periodOf(a).orElseThrow().name()).contains("Q1");
    assertThat(graph.periodOf(k3)).isPresent();
    assertThat(graph.periodOf(d)).isEmpty();
    assertThat(graph.periodOf(b)).isEmpty();
    assertThat(graph.teamsOf(a)).extracting(Team::id).containsExactly("t2", "t1");
    assertThat(graph.teamsOf(k1)).extracting(Team::id).containsExactly("t1");
    assertThat(graph.labelsOf(a)).extracting(Label::id).containsExactly("l1");
    assertThat(graph.okrTypeOf(a)).isEmpty();
    assertThat(graph.okrTypeOf(k1)).isEmpty();
  }

  @Test
  void lookupsOfUnknownOrNullIdsAreEmpty() {
    assertThat(graph.objective("nope")).isEmpty();
    assertThat(graph.objective(null)).isEmpty();
    assertThat(graph.objectiveByKey(null)).isEmpty();
    assertThat(graph.keyResult("nope")).isEmpty();
    assertThat(graph.keyResultByKey("KR-nope")).isEmpty();
    assertThat(graph.team(null)).isEmpty();
    assertThat(graph.period("p-missing")).isEmpty();
    assertThat(graph.label("x")).isEmpty();
    assertThat(graph.okrType("x")).isEmpty();
    assertThat(graph.customField("x")).isEmpty();
    assertThat(graph.objectiveByKey("O-c")).contains(c);
    assertThat(graph.keyResultByKey("KR-k3")).contains(k3);
  }

  @Test
  void anObjectiveFromOutsideTheGraphNavigatesByItsIds() {
    Objective outsider = objective("x").childObjectiveIds(List.of("d")).krIds(List.of("k1")).build();
    assertThat(graph.childrenOf(outsider)).containsExactly(d);
    assertThat(graph.keyResultsOf(outsider)).containsExactly(k1);
    assertThat(graph.parentOf(outsider)).isEmpty();
  }

  @Test
  void cyclesAndSelfReferencesNeitherLoopNorRepeat() {
    Objective x = objective("x").parentObjectiveId("y").build();
    Objective y = objective("y").parentObjectiveId("x").childObjectiveIds(List.of("y")).build();
    Objective self = objective("s").parentObjectiveId("s").build();
    OkrGraph cyclic = OkrGraph.of(OkrExport.builder().okrs(List.of(x, y, self)).build());

    assertThat(cyclic.roots()).containsExactly(self);
    assertThat(cyclic.parentOf(self)).isEmpty();
    assertThat(cyclic.childrenOf(self)).isEmpty();
    assertThat(cyclic.childrenOf(y)).containsExactly(x);
    assertThat(cyclic.ancestorsOf(x)).containsExactly(y);
    assertThat(cyclic.descendantsOf(x)).containsExactly(y);
    assertThat(cyclic.tree()).extracting(node -> node.objective().id() + "@" + node.depth())
        .containsExactly("s@0", "x@0", "y@1");
  }

  @Test
  void repeatedItemsAppearOnce() {
    Objective again = objective("a").name("second copy").build();
    OkrGraph repeated = OkrGraph.of(OkrExport.builder().okrs(List.of(a, again)).krs(List.of(k1, k1)).build());

    assertThat(repeated.objectives()).containsExactly(a);
    assertThat(repeated.objective("a")).contains(a);
    assertThat(repeated.keyResults()).containsExactly(k1);
    assertThat(repeated.keyResultsOf(a)).containsExactly(k1);
  }

  @Test
  void theGraphIsImmutable() {
    assertThatThrownBy(() -> graph.objectives().add(b)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> graph.keyResultsOf(a).clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> graph.childrenOf(b).clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> graph.tree().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> graph.roots().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThat(graph.toString()).isEqualTo(
        "OkrGraph{objectives=5, keyResults=3, teams=2, periods=1, labels=1, okrTypes=0, customFields=0}");
    assertThat(graph.export().okrs()).hasSize(5);
  }
}
