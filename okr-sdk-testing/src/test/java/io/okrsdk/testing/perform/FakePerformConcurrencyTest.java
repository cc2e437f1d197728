package io.okrsdk.testing.perform;

import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.perform.query.CheckinQuery;
import io.okrsdk.perform.PerformClient;
import io.okrsdk.perform.model.Goal;
import io.okrsdk.perform.model.GoalPage;
import io.okrsdk.testing.FakePerformServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Concurrent requests while the test adds data: every answer is whole and consistent. */
class FakePerformConcurrencyTest {
  @RegisterExtension
  final FakePerformServer perform = new FakePerformServer().withGeneratedGoals(500).withGeneratedCheckins(300);

  @Test
  void servesConcurrentRequestsWhileDataIsAdded(PerformClient client) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<CompletableFuture<Void>> work = new ArrayList<>();
      for (int worker = 0; worker < 8; worker++) {
        int offset = worker * 40;
        work.add(CompletableFuture.runAsync(() -> {
          for (int round = 0; round < 5; round++) {
            GoalPage page = client.goals().listPage(40, offset);
            assertThat(page.results()).hasSize(40);
            assertThat(page.count()).isGreaterThanOrEqualTo(501);
            Goal goal = page.results().get(round);
            assertThat(client.goals().get(goal.apiId())).isEqualTo(goal);
            assertThat(client.checkins().listPage(CheckinQuery.all(), 10, round).results()).hasSize(10);
          }
        }, pool));
      }
      perform.withGeneratedGoals(100);
      for (int i = 0; i < 50; i++) {
        perform.addGoal(Goal.builder().apiId("580:concurrent-" + i).build());
      }
      CompletableFuture.allOf(work.toArray(new CompletableFuture<?>[0])).get(60, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
    assertThat(client.goals().listPage(1, 0).count()).isEqualTo(651);
    assertThat(client.goals().list(200).toList()).isEqualTo(perform.store().goals());
  }
}
