package io.okrsdk.perform;

import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.core.testsupport.RecordingSleeper;
import io.okrsdk.perform.query.CheckinQuery;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** Cancelling a future the services return cancels the HTTP call behind it. */
class AsyncCancellationTest {
  @StartStop final MockWebServer server = new MockWebServer();
  final List<String> cancelled = new CopyOnWriteArrayList<>();

  private PerformClient client() {
    OkHttpClient http =
        new OkHttpClient.Builder()
            .eventListener(
                new EventListener() {
                  @Override
                  public void canceled(Call call) {
                    cancelled.add(call.request().url().encodedPath());
                  }
                })
            .build();
    // No response is enqueued: each call waits for the server until it is cancelled.
    return TestServers.builder(server, new RecordingSleeper()).httpClient(http).build();
  }

  @Test
  void cancellingGetAsyncCancelsTheCall() {
    try (PerformClient client = client()) {
      CompletableFuture<?> goal = client.goals().getAsync("580:1");
      CompletableFuture<?> checkin = client.checkins().getAsync("580:2");
      assertThat(goal.cancel(true)).isTrue();
      assertThat(checkin.cancel(true)).isTrue();
    }
    assertThat(cancelled).containsExactlyInAnyOrder("/api/v2/goals/580%3A1/", "/api/v2/checkins/580%3A2/");
  }

  @Test
  void cancellingListAsyncCancelsTheCall() {
    try (PerformClient client = client()) {
      assertThat(client.goals().listPageAsync(5, 0).cancel(true)).isTrue();
      assertThat(client.checkins().listPageAsync(CheckinQuery.all(), 5, 0).cancel(true)).isTrue();
    }
    assertThat(cancelled).containsExactlyInAnyOrder("/api/v2/goals/", "/api/v2/checkins/");
  }
}
