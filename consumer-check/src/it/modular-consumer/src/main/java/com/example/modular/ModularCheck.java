package com.example.modular;

import io.okrsdk.core.NotFoundException;
import io.okrsdk.gtmhub.GtmhubClient;
import io.okrsdk.gtmhub.model.Goal;
import io.okrsdk.gtmhub.query.ListQuery;
import io.okrsdk.jira.OkrForJiraClient;
import io.okrsdk.jira.OkrGraph;
import io.okrsdk.jira.query.ObjectiveExpand;
import io.okrsdk.ogsm.OgsmClient;
import io.okrsdk.perform.PerformClient;
import io.okrsdk.testing.FakeGtmhubServer;
import io.okrsdk.testing.FakeOgsmServer;
import io.okrsdk.testing.FakeOkrForJiraServer;
import io.okrsdk.testing.FakePerformServer;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs each client against its fake on the module path: decoding (the JSON bridge's reflection),
 * paging and error mapping all have to work across module boundaries. Exits non-zero on failure.
 */
public final class ModularCheck {
  public static void main(String[] args) {
    check(ModularCheck.class.getModule().getName(), "com.example.modular", "this application's module");
    check(GtmhubClient.class.getModule().getName(), "io.okrsdk.gtmhub", "Gtmhub client's module");
    check(okhttp3.OkHttpClient.class.getModule().getName(), "okhttp3", "OkHttp's module");

    try (FakeGtmhubServer fake = new FakeGtmhubServer().withGeneratedGoals(30)) {
      fake.start();
      GtmhubClient client = fake.client();
      List<String> ids = client.goals().list(ListQuery.all()).limit(25).stream().map(Goal::id).collect(Collectors.toList());
      check(ids.size(), 25, "Gtmhub goals read through paging");
    }
    try (FakePerformServer fake = new FakePerformServer()) {
      fake.start();
      PerformClient client = fake.client();
      check(client.goals().get(FakePerformServer.EXAMPLE_GOAL_ID).title().orElse(""), "Increase sales by 20%", "Perform goal");
      try {
        client.goals().get("580:00000000-0000-0000-0000-000000000000");
        throw new AssertionError("a missing Perform goal did not throw");
      } catch (NotFoundException expected) {
        check(expected.statusCode(), 404, "Perform missing goal's status");
      }
    }
    try (FakeOgsmServer fake = new FakeOgsmServer()) {
      fake.start();
      OgsmClient client = fake.client();
      check(client.goals().listAll().isEmpty(), false, "OGSM goals are listed");
    }
    try (FakeOkrForJiraServer fake = new FakeOkrForJiraServer()) {
      fake.start();
      OkrForJiraClient client = fake.client();
      OkrGraph graph = client.okrs().objectivesByDate(FakeOkrForJiraServer.EXAMPLE_QUARTER, EnumSet.noneOf(io.okrsdk.jira.query.ObjectiveExpand.class));
      check(graph.objectives().isEmpty(), false, "OKR for Jira objectives are read");
    }
    System.out.println("modular consumer: all four clients work on the module path");
  }

  private static void check(Object actual, Object expected, String what) {
    if (!expected.equals(actual)) {
      throw new AssertionError(what + ": expected " + expected + " but was " + actual);
    }
  }
}
