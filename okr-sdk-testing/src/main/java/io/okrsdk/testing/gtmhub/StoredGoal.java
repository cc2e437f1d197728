package io.okrsdk.testing.gtmhub;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One goal as the store holds it: the JSON document plus its approval workflow state. */
final class StoredGoal {
  Map<String, Object> doc;
  WorkflowStatus status = WorkflowStatus.DRAFT;
  final List<String> reviewers = new ArrayList<>();
  final List<Map<String, Object>> actions = new ArrayList<>();

  StoredGoal(Map<String, Object> doc) {
    this.doc = doc;
  }

  String id() {
    return (String) doc.get("id");
  }
}
