package io.okrsdk.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.http.HttpLogLevel;
import io.okrsdk.core.testsupport.RecordingSleeper;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executor;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OkrForJiraClientBuilderTest {
  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void buildingWithoutATokenIsRefusedWithAClearMessage() {
    assertThatThrownBy(() -> OkrForJiraClient.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("OkrForJiraClient needs an API token")
        .hasMessageContaining("apiToken(...)");
  }

  @Test
  void aNullOrBlankTokenIsRefusedAtOnce() {
    assertThatThrownBy(() -> OkrForJiraClient.builder().apiToken(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OkrForJiraClient.builder().apiToken("  ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OkrForJiraClient.builder().apiToken("a\nb")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theDefaultHostIsTheOneTheVendorsCurrentPageNames() {
    try (OkrForJiraClient client = OkrForJiraClient.builder().apiToken("secret-token").build()) {
      assertThat(client.toString()).contains("https://okr-jira-prod.appfire.com/");
    }
  }

  @ParameterizedTest
  @CsvSource({
    "US, https://okr-jira-prod.appfire.com/",
    "EU, https://eu.okr-jira-prod.appfire.com/",
    "PPM_US, https://okr-ppm-prod.appfire.com/",
    "PPM_EU, https://eu.okr-ppm-prod.appfire.com/",
    "AU, https://au.okr-ppm-prod.appfire.com/",
    "CA, https://ca.okr-ppm-prod.appfire.com/",
    "LEGACY_HEROKU, https://okr-for-jira-prod.herokuapp.com/"
  })
  void regionPresetsSelectTheirHost(OkrForJiraRegion region, String host) {
    assertThat(region.baseUrl()).isEqualTo(host);
    try (OkrForJiraClient client = OkrForJiraClient.builder().apiToken("secret-token").region(region).build()) {
      assertThat(client.toString()).contains(host);
    }
  }

  @Test
  void everyRegionHasAPreset() {
    assertThat(OkrForJiraRegion.values()).hasSize(7);
  }

  @Test
  void toStringNeverShowsTheToken() {
    try (OkrForJiraClient client = OkrForJiraClient.builder().apiToken("secret-token").build()) {
      assertThat(client.toString()).doesNotContain("secret-token").contains("API-Token=REDACTED");
    }
  }

  @Test
  void baseUrlOverrideAndCoreOptionsReachTheWire() throws Exception {
    server.enqueue(TestClients.json("{\"okrs\":[]}"));
    Executor direct = Runnable::run;
    OkHttpClient callersClient = new OkHttpClient();
    try (OkrForJiraClient client =
        OkrForJiraClient.builder()
            .region(OkrForJiraRegion.EU)
            .baseUrl(server.url("/proxy/okr").toString())
            .apiToken("secret-token")
            .connectTimeout(Duration.ofSeconds(3))
            .readTimeout(Duration.ofSeconds(4))
            .writeTimeout(Duration.ofSeconds(5))
            .callTimeout(Duration.ofSeconds(20))
            .maxRetries(1)
            .userAgentSuffix("my-app/1.2")
            .defaultHeader("X-Team", "blue")
            .httpClient(callersClient)
            .logLevel(HttpLogLevel.NONE)
            .asyncExecutor(direct)
            .sleeper(new RecordingSleeper())
            .build()) {
      assertThat(client.okrs().objectivesByIdsAsync(Set.of("a"), Set.of()).get().objectives()).isEmpty();
    }
    RecordedRequest request = server.takeRequest();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/proxy/okr/api/v2/api-export/objectives/byIds");
    assertThat(request.getHeaders().get("API-Token")).isEqualTo("secret-token");
    assertThat(request.getHeaders().get("Authorization")).isNull();
    assertThat(request.getHeaders().get("X-Team")).isEqualTo("blue");
    assertThat(request.getHeaders().get("User-Agent")).contains("OkrForJiraClient").endsWith("my-app/1.2");
    assertThat(callersClient.dispatcher().executorService().isShutdown()).isFalse();
  }

  @Test
  void servicesAreExposed() {
    try (OkrForJiraClient client = OkrForJiraClient.builder().apiToken("secret-token").build()) {
      assertThat(client.okrs()).isSameAs(client.okrs());
      assertThat(client.updates()).isSameAs(client.updates());
      assertThat(client.okrs().toString()).contains("okr-jira-prod");
    }
  }
}
