package io.okrsdk.jira;

import static io.okrsdk.jira.Graphs.keyResult;
import static io.okrsdk.jira.Graphs.objective;
import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.jira.model.ImmutableObjective;
import io.okrsdk.jira.model.KeyResult;
import io.okrsdk.jira.model.Objective;
import io.okrsdk.jira.model.OkrExport;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Deep and large graphs: iterative walks, and indexes built in one pass over the response. */
class DeepGraphTest {
  private static final int CHAIN = 1_000;
  private static final int KEY_RESULTS_PER_OBJECTIVE = 5;

  /**
   * A parent chain o0 ← o1 ← ... : the first half linked by parentObjectiveId, the second half by
   * the parent's childObjectiveIds, so both directions are exercised.
   */
  private static List<Objective> chain(int length) {
    List<Objective> objectives = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      ImmutableObjective.Builder builder = objective("o" + i);
      if (i > 0 && i <= length / 2) {
        builder.parentObjectiveId("o" + (i - 1));
      }
      if (i >= length / 2 && i + 1 < length) {
        builder.addChildObjectiveIds("o" + (i + 1));
      }
      objectives.add(builder.build());
    }
    return objectives;
  }

  private static List<KeyResult> keyResults(int objectives) {
    List<KeyResult> keyResults = new ArrayList<>(objectives * KEY_RESULTS_PER_OBJECTIVE);
    for (int i = 0; i < objectives; i++) {
      for (int k = 0; k < KEY_RESULTS_PER_OBJECTIVE; k++) {
        keyResults.add(keyResult("k" + i + "-" + k).parentObjectiveId("o" + i).build());
      }
    }
    return keyResults;
  }

  @Test
  void aThousandDeepChainWithFiveThousandKeyResultsNavigates() {
    OkrGraph graph = OkrGraph.of(OkrExport.builder().okrs(chain(CHAIN)).krs(keyResults(CHAIN)).build());
    Objective top = graph.objective("o0").orElseThrow();
    Objective bottom = graph.objective("o" + (CHAIN - 1)).orElseThrow();

    assertThat(graph.keyResults()).hasSize(CHAIN * KEY_RESULTS_PER_OBJECTIVE);
    assertThat(graph.roots()).containsExactly(top);
    List<ObjectiveNode> tree = graph.tree();
    assertThat(tree).hasSize(CHAIN);
    for (int i = 0; i < CHAIN; i++) {
      assertThat(tree.get(i).objective().id()).isEqualTo("o" + i);
      assertThat(tree.get(i).depth()).isEqualTo(i);
    }
    assertThat(graph.ancestorsOf(bottom)).hasSize(CHAIN - 1).startsWith(graph.objective("o" + (CHAIN - 2)).orElseThrow()).endsWith(top);
    assertThat(graph.descendantsOf(top)).hasSize(CHAIN - 1).endsWith(bottom);
    KeyResult last = graph.keyResult("k" + (CHAIN - 1) + "-4").orElseThrow();
    assertThat(graph.ancestorsOf(last)).hasSize(CHAIN).first().isEqualTo(bottom);
    for (Objective objective : graph.objectives()) {
      assertThat(graph.keyResultsOf(objective)).hasSize(KEY_RESULTS_PER_OBJECTIVE);
      assertThat(graph.childrenOf(objective)).hasSizeLessThanOrEqualTo(1);
    }
  }

  @Test
  void walksDoNotRecurseEvenOnAHundredThousandLevelsAndASmallStack() throws Exception {
    int depth = 100_000;
    OkrGraph graph = OkrGraph.of(OkrExport.builder().okrs(chain(depth)).build());
    AtomicReference<Object> outcome = new AtomicReference<>();
    Thread smallStack =
        new Thread(
            null,
            () -> {
              try {
                Objective bottom = graph.objective("o" + (depth - 1)).orElseThrow();
                outcome.set(
                    List.of(
                        graph.tree().size(),
                        graph.tree().get(depth - 1).depth(),
                        graph.ancestorsOf(bottom).size(),
                        graph.descendantsOf(graph.roots().get(0)).size(),
                        graph.subtree(graph.objective("o10").orElseThrow()).size()));
              } catch (Throwable failure) {
                outcome.set(failure);
              }
            },
            "small-stack",
            256 * 1024);
    smallStack.start();
    smallStack.join();

    assertThat(outcome.get()).isEqualTo(List.of(depth, depth - 1, depth - 1, depth - 1, depth - 10));
  }

  @Test
  void indexesAreBuiltInOnePassAndNavigationNeverRescansTheResponse() {
    OkrExport real = OkrExport.builder().okrs(chain(CHAIN)).krs(keyResults(CHAIN)).build();
    CountingList<Objective> okrs = new CountingList<>(real.okrs());
    CountingList<KeyResult> krs = new CountingList<>(real.krs());
    OkrExport counted = counting(real, okrs, krs);

    OkrGraph graph = OkrGraph.of(counted);

    // Each element of the response is read exactly once while indexing.
    assertThat(okrs.reads.get()).isEqualTo(CHAIN);
    assertThat(krs.reads.get()).isEqualTo(CHAIN * KEY_RESULTS_PER_OBJECTIVE);
    long readsAfterBuild = okrs.reads.get() + krs.reads.get();

    for (Objective objective : graph.objectives()) {
      graph.keyResultsOf(objective);
      graph.childrenOf(objective);
      graph.parentOf(objective);
      graph.objectiveByKey(objective.key());
    }
    for (KeyResult keyResult : graph.keyResults()) {
      graph.parentOf(keyResult);
      graph.keyResultByKey(keyResult.key());
    }
    graph.tree();
    graph.roots();

    assertThat(okrs.reads.get() + krs.reads.get()).isEqualTo(readsAfterBuild);
    assertThat(graph.export()).isSameAs(counted);
  }

  /** An OkrExport whose objective and key result lists count element reads. */
  private static OkrExport counting(OkrExport real, List<Objective> okrs, List<KeyResult> krs) {
    return (OkrExport)
        Proxy.newProxyInstance(
            OkrExport.class.getClassLoader(),
            new Class<?>[] {OkrExport.class},
            (proxy, method, args) -> {
              if (method.getName().equals("okrs")) {
                return okrs;
              }
              if (method.getName().equals("krs")) {
                return krs;
              }
              try {
                return method.invoke(real, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  private static final class CountingList<T> extends AbstractList<T> {
    private final List<T> delegate;
    final AtomicLong reads = new AtomicLong();

    CountingList(List<T> delegate) {
      this.delegate = delegate;
    }

    @Override
    public T get(int index) {
      reads.incrementAndGet();
      return delegate.get(index);
    }

    @Override
    public int size() {
      return delegate.size();
    }
  }
}
