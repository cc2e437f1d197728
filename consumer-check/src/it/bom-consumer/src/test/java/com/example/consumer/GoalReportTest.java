package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.okrsdk.gtmhub.GtmhubClient;
import io.okrsdk.ogsm.OgsmClient;
import io.okrsdk.testing.FakeGtmhubServer;
import io.okrsdk.testing.FakeOgsmServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GoalReportTest {
  @RegisterExtension final FakeGtmhubServer gtmhub = new FakeGtmhubServer().withGeneratedGoals(30);
  @RegisterExtension final FakeOgsmServer ogsm = new FakeOgsmServer();

  @Test
  void readsGoalsThroughThePublishedArtifacts(GtmhubClient client) {
    assertEquals(25, new GoalReport(client).names(25).size());
  }

  @Test
  void otherPlatformsResolveToo(OgsmClient client) {
    assertFalse(client.goals().listAll().isEmpty());
  }
}
