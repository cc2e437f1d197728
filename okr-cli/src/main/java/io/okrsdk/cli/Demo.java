package io.okrsdk.cli;

import io.okrsdk.portable.GtmhubSource;
import io.okrsdk.portable.JiraSource;
import io.okrsdk.portable.OgsmSource;
import io.okrsdk.portable.PerformSource;
import io.okrsdk.portable.Platform;
import io.okrsdk.testing.FakeGtmhubServer;
import io.okrsdk.testing.FakeOgsmServer;
import io.okrsdk.testing.FakeOkrForJiraServer;
import io.okrsdk.testing.FakePerformServer;
import io.okrsdk.testing.FakeServer;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The embedded fakes behind --demo: the docs' examples, plus generated items when asked. */
final class Demo {
  /** Held so the logger's level survives garbage collection. */
  private static final Logger MOCK_WEB_SERVER_LOG = Logger.getLogger("mockwebserver3");

  private Demo() {}

  static Connection open(Platform platform, int generated) {
    // The fakes' request log would clutter stderr; errors still show.
    MOCK_WEB_SERVER_LOG.setLevel(Level.WARNING);
    switch (platform) {
      case PERFORM: {
        FakePerformServer fake = started(generated > 0 ? new FakePerformServer().withGeneratedGoals(generated) : new FakePerformServer());
        io.okrsdk.perform.PerformClient client = fake.newClient();
        return new Connection(PerformSource.of(client), client, fake);
      }
      case OGSM: {
        FakeOgsmServer fake = started(generated > 0 ? new FakeOgsmServer().withGeneratedGoals(generated) : new FakeOgsmServer());
        io.okrsdk.ogsm.OgsmClient client = fake.newClient();
        return new Connection(OgsmSource.of(client), client, fake);
      }
      case GTMHUB: {
        FakeGtmhubServer fake = started(generated > 0 ? new FakeGtmhubServer().withGeneratedGoals(generated) : new FakeGtmhubServer());
        io.okrsdk.gtmhub.GtmhubClient client = fake.newClient();
        return new Connection(GtmhubSource.of(client), client, fake);
      }
      default: {
        FakeOkrForJiraServer fake = started(generated > 0 ? new FakeOkrForJiraServer().withGeneratedTree(generated, 3) : new FakeOkrForJiraServer());
        io.okrsdk.jira.OkrForJiraClient client = fake.newClient();
        return new Connection(JiraSource.of(client), client, fake);
      }
    }
  }

  private static <F extends FakeServer<?>> F started(F fake) {
    fake.start();
    return fake;
  }
}
