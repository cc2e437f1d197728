package io.okrsdk.gtmhub;

import static io.okrsdk.gtmhub.TestClients.ACCOUNT_ID;
import static io.okrsdk.gtmhub.TestClients.GOAL_ID;
import static io.okrsdk.gtmhub.TestClients.TOKEN;
import static io.okrsdk.gtmhub.TestClients.assertCredentials;
import static io.okrsdk.gtmhub.TestClients.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.testsupport.RecordingSleeper;
import io.okrsdk.gtmhub.query.ListQuery;
import java.time.Duration;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Credentials, region presets, base URLs with a path prefix, and core options. */
class GtmhubClientBuilderTest {
  @StartStop private final MockWebServer server = new MockWebServer();

  @Test
  void everyCallCarriesTheBearerTokenAndTheAccountHeader() throws Exception {
    server.enqueue(json(200, "{\"id\":\"" + GOAL_ID + "\"}"));
    server.enqueue(json(200, "{\"items\":[]}"));
    try (GtmhubClient client = TestClients.client(server)) {
      client.goals().get(GOAL_ID);
      client.goals().listPage(ListQuery.all(), 0, 1);
    }

    RecordedRequest first = server.takeRequest();
    RecordedRequest second = server.takeRequest();
    assertCredentials(first);
    assertCredentials(second);
    assertThat(first.getHeaders().values("gtmhub-accountId")).containsExactly(ACCOUNT_ID);
  }

  @Test
  void pathsResolveUnderABaseUrlWithAPrefix() throws Exception {
    server.enqueue(json(200, "{\"items\":[]}"));
    server.enqueue(json(200, "{\"id\":\"" + GOAL_ID + "\"}"));
    try (GtmhubClient client = TestClients.client(server, "/results")) {
      client.goals().listPage(ListQuery.all(), 0, 10);
      client.goals().get(GOAL_ID);
    }

    assertThat(server.takeRequest().getTarget()).isEqualTo("/results/api/v2/goals?skip=0&limit=10");
    RecordedRequest get = server.takeRequest();
    assertThat(get.getTarget()).isEqualTo("/results/api/v1/goals/" + GOAL_ID);
    assertCredentials(get);
  }

  @Test
  void regionsPresetTheDocumentedHosts() {
    assertThat(GtmhubRegion.GTMHUB_EU.baseUrl()).isEqualTo("https://app.gtmhub.com/");
    assertThat(GtmhubRegion.GTMHUB_US.baseUrl()).isEqualTo("https://app.us.gtmhub.com/");
    assertThat(GtmhubRegion.QUANTIVE_EU.baseUrl()).isEqualTo("https://app.quantive.com/results/");
    assertThat(GtmhubRegion.QUANTIVE_US.baseUrl()).isEqualTo("https://app.us.quantive.com/results/");
    assertThat(GtmhubRegion.QUANTIVE_AS.baseUrl()).isEqualTo("https://app.as.quantive.com/results/");
    assertThat(GtmhubRegion.QUANTIVE_SA.baseUrl()).isEqualTo("https://app.sa.quantive.com/results/");
    assertThat(GtmhubRegion.QUANTIVE_AU.baseUrl()).isEqualTo("https://app.au.quantive.com/results/");
  }

  @Test
  void aRegionBecomesTheBaseUrlAndToStringHidesTheToken() {
    try (GtmhubClient client = GtmhubClient.builder().region(GtmhubRegion.QUANTIVE_US).credentials(TOKEN, ACCOUNT_ID).build()) {
      assertThat(client.toString())
          .contains("https://app.us.quantive.com/results/")
          .contains("gtmhub-accountId")
          .doesNotContain(TOKEN);
    }
  }

  @Test
  void missingSettingsFailWithTheBuilderMethodToCall() {
    assertThatThrownBy(() -> GtmhubClient.builder().region(GtmhubRegion.GTMHUB_EU).accountId(ACCOUNT_ID).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("token(");
    assertThatThrownBy(() -> GtmhubClient.builder().region(GtmhubRegion.GTMHUB_EU).token(TOKEN).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("accountId(");
    assertThatThrownBy(() -> GtmhubClient.builder().credentials(TOKEN, ACCOUNT_ID).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("baseUrl(");
  }

  @Test
  void blankCredentialsAreRefusedWithoutEchoingThem() {
    assertThatThrownBy(() -> GtmhubClient.builder().token(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GtmhubClient.builder().token(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GtmhubClient.builder().accountId("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GtmhubClient.builder().region(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("region is required but was null");
  }

  @Test
  void coreOptionsApply() throws Exception {
    RecordingSleeper sleeper = new RecordingSleeper();
    server.enqueue(new mockwebserver3.MockResponse.Builder().code(503).addHeader("Retry-After", "2").build());
    server.enqueue(json(200, "{\"id\":\"" + GOAL_ID + "\"}"));
    try (GtmhubClient client =
        GtmhubClient.builder()
            .baseUrl(server.url("/").toString())
            .credentials(TOKEN, ACCOUNT_ID)
            .maxRetries(1)
            .sleeper(sleeper)
            .readTimeout(Duration.ofSeconds(5))
            .userAgentSuffix("okr-report/1.0")
            .defaultHeader("X-Team", "okr")
            .build()) {
      assertThat(client.goals().get(GOAL_ID).id()).isEqualTo(GOAL_ID);
    }

    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2));
    server.takeRequest();
    RecordedRequest retried = server.takeRequest();
    assertThat(retried.getHeaders().get("User-Agent")).endsWith("okr-report/1.0");
    assertThat(retried.getHeaders().get("X-Team")).isEqualTo("okr");
    assertCredentials(retried);
  }

  @Test
  void anUnmodelledRequestCarriesTheCredentials() throws Exception {
    server.enqueue(json(200, "{\"id\":\"" + GOAL_ID + "\"}"));
    try (GtmhubClient client = TestClients.client(server)) {
      assertThat(client.request("GET", "api/v2/goals/" + GOAL_ID).execute(io.okrsdk.gtmhub.model.Goal.class).body().orElseThrow().id())
          .isEqualTo(GOAL_ID);
    }
    assertCredentials(server.takeRequest());
  }
}
