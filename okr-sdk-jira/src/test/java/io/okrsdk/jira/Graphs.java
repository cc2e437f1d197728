package io.okrsdk.jira;

import io.okrsdk.jira.model.ImmutableKeyResult;
import io.okrsdk.jira.model.ImmutableObjective;
import io.okrsdk.jira.model.KeyResult;
import io.okrsdk.jira.model.Objective;

/** Small builders for graph tests. */
final class Graphs {
  private Graphs() {}

  static ImmutableObjective.Builder objective(String id) {
    return Objective.builder().id(id).key("O-" + id).name("Objective " + id);
  }

  static ImmutableKeyResult.Builder keyResult(String id) {
    return KeyResult.builder().id(id).key("KR-" + id).name("Key result " + id);
  }
}
