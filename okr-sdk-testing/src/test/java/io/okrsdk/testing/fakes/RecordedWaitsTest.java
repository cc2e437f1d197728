package io.okrsdk.testing.fakes;

import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.core.http.Sleeper;
import io.okrsdk.gtmhub.GtmhubClient;
import io.okrsdk.jira.query.ObjectiveExpand;
import io.okrsdk.jira.OkrForJiraClient;
import io.okrsdk.ogsm.OgsmClient;
import io.okrsdk.perform.PerformClient;
import io.okrsdk.testing.FakeGtmhubServer;
import io.okrsdk.testing.FakeOgsmServer;
import io.okrsdk.testing.FakeOkrForJiraServer;
import io.okrsdk.testing.FakePerformServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The clients a fake makes never sleep between retries: each wait is recorded in {@code
 * recordedWaits()}. The proof that nothing slept is that a call retried after two announced waits
 * of 1 s returns in less than their 2 s sum.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class RecordedWaitsTest {
  private static final Duration ONE_SECOND = Duration.ofSeconds(1);
  private static final Duration SUM_OF_WAITS = Duration.ofSeconds(2);

  @RegisterExtension final FakePerformServer perform = new FakePerformServer();
  @RegisterExtension final FakeGtmhubServer gtmhub = new FakeGtmhubServer();
  @RegisterExtension final FakeOgsmServer ogsm = new FakeOgsmServer();
  @RegisterExtension final FakeOkrForJiraServer jira = new FakeOkrForJiraServer();

  @Test
  void theInjectedPerformClientRecordsTheWaitsOfTwo503sInsteadOfSleeping(PerformClient client) {
    perform.faults().failNext(2, 503, ONE_SECOND);
    long started = System.nanoTime();

    assertThat(client.goals().get(FakePerformServer.EXAMPLE_GOAL_ID).title()).hasValue("Increase sales by 20%");

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(SUM_OF_WAITS);
    assertThat(perform.recordedWaits()).containsExactly(ONE_SECOND, ONE_SECOND);
  }

  @Test
  void theInjectedGtmhubClientRecordsToo(GtmhubClient client) {
    gtmhub.faults().failNext(2, 429, ONE_SECOND);
    long started = System.nanoTime();

    assertThat(client.goals().get(FakeGtmhubServer.SEEDED_DRAFT_GOAL_ID).id()).isEqualTo(FakeGtmhubServer.SEEDED_DRAFT_GOAL_ID);

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(SUM_OF_WAITS);
    assertThat(gtmhub.recordedWaits()).containsExactly(ONE_SECOND, ONE_SECOND);
  }

  @Test
  void everyClientTheFakeMakesRecordsIntoTheSameList() {
    ogsm.faults().failNext(1, 503, ONE_SECOND);
    jira.faults().failNext(1, 503, ONE_SECOND);
    try (OgsmClient fromNewClient = ogsm.newClient();
        OkrForJiraClient fromBuilder = jira.clientBuilder().maxRetries(1).build()) {
      assertThat(fromNewClient.goals().list()).isNotEmpty();
      assertThat(fromBuilder.okrs().objectivesByDate(FakeOkrForJiraServer.EXAMPLE_QUARTER, ObjectiveExpand.all()).objectives())
          .isNotEmpty();
    }

    assertThat(ogsm.recordedWaits()).containsExactly(ONE_SECOND);
    assertThat(jira.recordedWaits()).containsExactly(ONE_SECOND);
  }

  @Test
  void aBuilderGivenItsOwnSleeperUsesThatOne() {
    List<Duration> own = new CopyOnWriteArrayList<>();
    Sleeper sleeper = own::add;
    perform.faults().failNext(1, 503, ONE_SECOND);
    try (PerformClient client = perform.clientBuilder().sleeper(sleeper).build()) {
      client.goals().get(FakePerformServer.EXAMPLE_GOAL_ID);
    }

    assertThat(own).containsExactly(ONE_SECOND);
    assertThat(perform.recordedWaits()).isEmpty();
  }

  @Test
  void theRecordedWaitsAreACopy() {
    assertThat(perform.recordedWaits()).isUnmodifiable();
  }
}
