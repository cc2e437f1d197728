package io.okrsdk.testing.gtmhub;

import io.okrsdk.gtmhub.query.Filter;
import static io.okrsdk.testing.FakeGtmhubServer.CURRENT_SESSION_ID;
import static io.okrsdk.testing.FakeGtmhubServer.SEEDED_GOAL_COUNT;
import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.gtmhub.GtmhubClient;
import io.okrsdk.gtmhub.model.Goal;
import io.okrsdk.gtmhub.model.GoalPatch;
import io.okrsdk.gtmhub.model.GoalRequest;
import io.okrsdk.gtmhub.query.Fields;
import io.okrsdk.gtmhub.query.ListQuery;
import io.okrsdk.testing.FakeGtmhubServer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The fake as a JUnit extension, its generated data and its thread safety. */
class FakeGtmhubServerTest {
  private static final Clock FIXED = Clock.fixed(Instant.parse("2025-05-14T10:00:00Z"), ZoneOffset.UTC);

  @RegisterExtension final FakeGtmhubServer gtmhub = new FakeGtmhubServer(FIXED).withGeneratedGoals(50);

  @Test
  void injectsTheSharedClientAndTheFake(GtmhubClient client, FakeGtmhubServer injected) {
    assertThat(injected).isSameAs(gtmhub);
    assertThat(client).isSameAs(gtmhub.client());
    assertThat(client.goals().listPage(ListQuery.all(), 0, 1).totalCount()).hasValue(SEEDED_GOAL_COUNT + 50L);
  }

  @Test
  void aFreshFakePerTest(GtmhubClient client) {
    client.goals().delete(FakeGtmhubServer.SEEDED_DRAFT_GOAL_ID);
    assertThat(gtmhub.goalCount()).isEqualTo(SEEDED_GOAL_COUNT + 49);
  }

  @Test
  void aFreshFakePerTestAgain() {
    assertThat(gtmhub.store().contains(FakeGtmhubServer.SEEDED_DRAFT_GOAL_ID)).isTrue();
  }

  @Test
  void generatesTheSameGoalsEveryTimeAndInAnyBatches() {
    try (FakeGtmhubServer once = new FakeGtmhubServer(FIXED).withGeneratedGoals(50);
        FakeGtmhubServer inParts = new FakeGtmhubServer(FIXED).withGeneratedGoals(20).withGeneratedGoals(30);
        GtmhubClient a = once.newClient();
        GtmhubClient b = inParts.newClient()) {
      ListQuery all = ListQuery.builder().fields(Fields.raw("name,ownerIds,sessionId,attainment,dateCreated,parentId,metrics")).build();
      List<Goal> first = a.goals().list(all).toList();
      List<Goal> second = b.goals().list(all).toList();

      assertThat(second).isEqualTo(first);
      assertThat(first).hasSize(SEEDED_GOAL_COUNT + 50);
      assertThat(first.get(SEEDED_GOAL_COUNT).name()).hasValue("Grow trial conversion #00001");
      assertThat(first.get(SEEDED_GOAL_COUNT).dateCreated().orElseThrow().getYear()).isEqualTo(2025);
    }
  }

  @Test
  void generatedGoalsLookReal(GtmhubClient client) {
    List<Goal> generated = client.goals()
        .list(ListQuery.builder().filter(Filter.raw("{\"tags.title\": \"generated\"}")).fields(Fields.raw("name,ownerIds,metrics,attainment")).build())
        .toList();

    assertThat(generated).hasSize(50).allSatisfy(goal -> {
      assertThat(goal.ownerIds()).isNotEmpty();
      assertThat(goal.metrics()).isNotEmpty();
      assertThat(goal.attainment().orElseThrow()).isBetween(0.0, 1.0);
    });
    assertThat(generated.stream().map(g -> g.ownerIds().get(0)).distinct().count()).isGreaterThan(3);
  }

  @Test
  void keepsStateConsistentUnderConcurrentWrites(GtmhubClient client) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> created = new ArrayList<>();
      for (int i = 0; i < 80; i++) {
        int n = i;
        created.add(pool.submit(() -> {
          Goal goal = client.goals().create(GoalRequest.builder().name("Parallel " + n).sessionId(CURRENT_SESSION_ID).build());
          client.goals().update(goal.id(), GoalPatch.builder().description("patched " + n).build());
          return goal.id();
        }));
      }
      Set<String> ids = ConcurrentHashMap.newKeySet();
      for (Future<String> future : created) {
        ids.add(future.get(30, TimeUnit.SECONDS));
      }

      assertThat(ids).hasSize(80);
      assertThat(gtmhub.goalCount()).isEqualTo(SEEDED_GOAL_COUNT + 50 + 80);
      for (String id : ids) {
        Goal goal = client.goals().get(id);
        assertThat(goal.description().orElseThrow()).isEqualTo("patched " + goal.name().orElseThrow().substring(9));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
