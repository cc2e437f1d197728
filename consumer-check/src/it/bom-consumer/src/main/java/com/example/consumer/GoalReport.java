package com.example.consumer;

import io.okrsdk.gtmhub.GtmhubClient;
import io.okrsdk.gtmhub.model.Goal;
import io.okrsdk.gtmhub.query.ListQuery;
import java.util.List;
import java.util.stream.Collectors;

/** User code: names of the goals of an account. */
public final class GoalReport {
  private final GtmhubClient client;

  public GoalReport(GtmhubClient client) {
    this.client = client;
  }

  public List<String> names(int max) {
    return client.goals().list(ListQuery.all()).limit(max).stream()
        .map(Goal::id)
        .collect(Collectors.toList());
  }
}
