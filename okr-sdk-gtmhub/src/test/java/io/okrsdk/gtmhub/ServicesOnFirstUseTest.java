package io.okrsdk.gtmhub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Services are made when first asked for: once per client, also when many threads ask at once. */
@Timeout(30)
class ServicesOnFirstUseTest {

  private static GtmhubClient client() {
    return GtmhubClient.builder().baseUrl("https://gtmhub.example.test/").credentials("t0ken-value", "acc").build();
  }

  @Test
  void eachServiceIsMadeOnceAndSharedByEveryThread() throws Exception {
    try (GtmhubClient client = client()) {
      int threads = 16;
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<List<Object>>> answers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
          Callable<List<Object>> ask =
              () -> {
                start.await();
                return List.of(client.goals(), client.metrics(), client.sessions(), client.users(), client.teams());
              };
          answers.add(pool.submit(ask));
        }
        start.countDown();
        Set<Object> seen = ConcurrentHashMap.newKeySet();
        for (Future<List<Object>> answer : answers) {
          seen.addAll(answer.get(20, TimeUnit.SECONDS));
        }
        assertThat(seen).hasSize(5);
        assertThat(seen)
            .containsExactlyInAnyOrder(client.goals(), client.metrics(), client.sessions(), client.users(), client.teams());
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void aServiceFirstAskedForAfterCloseRefusesItsCallsLikeAnyOther() {
    GtmhubClient client = client();
    client.close();

    MetricService metrics = client.metrics();

    assertThatThrownBy(() -> metrics.get("m-1")).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    assertThatThrownBy(() -> metrics.getAsync("m-1")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aDerivedClientHasItsOwnServicesAndTheOriginalKeepsItsOwn() {
    try (GtmhubClient client = client()) {
      GoalService original = client.goals();
      GtmhubClient derived = client.withOptions(o -> o.maxRetries(0));

      assertThat(derived.goals()).isNotSameAs(original).isSameAs(derived.goals());
      assertThat(client.goals()).isSameAs(original);
    }
  }
}
