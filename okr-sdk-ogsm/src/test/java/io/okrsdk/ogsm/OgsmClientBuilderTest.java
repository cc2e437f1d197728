package io.okrsdk.ogsm;

import static io.okrsdk.ogsm.OgsmTesting.BASIC_AUTH;
import static io.okrsdk.ogsm.OgsmTesting.PASSWORD;
import static io.okrsdk.ogsm.OgsmTesting.USERNAME;
import static io.okrsdk.ogsm.OgsmTesting.json;
import static io.okrsdk.ogsm.OgsmTesting.status;
import static io.okrsdk.ogsm.OgsmTesting.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.ServerErrorException;
import io.okrsdk.core.testsupport.RecordingSleeper;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Building a client: the subdomain preset, base URL, credentials and the core's options. */
class OgsmClientBuilderTest {
  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void subdomainTargetsTheCustomersOgsmOnlineHost() {
    List<HttpUrl> sent = new CopyOnWriteArrayList<>();
    OkHttpClient capturing = answeringLocally(sent);
    try (OgsmClient client =
        OgsmClient.builder().subdomain(" Acme ").credentials(USERNAME, PASSWORD).httpClient(capturing).build()) {
      client.goals().listAll();
      client.kpiMeasurements().listAll();
    } finally {
      capturing.dispatcher().executorService().shutdown();
    }

    assertThat(sent)
        .extracting(HttpUrl::toString)
        .containsExactly(
            "https://acme.ogsm.online/api/v2/goals.json", "https://acme.ogsm.online/api/v2/indicator_reports.json");
  }

  @Test
  void subdomainShowsInToStringButThePasswordNever() {
    try (OgsmClient client = OgsmClient.builder().subdomain("acme").credentials(USERNAME, PASSWORD).build()) {
      assertThat(client.toString())
          .contains("https://acme.ogsm.online/")
          .contains(USERNAME)
          .doesNotContain(PASSWORD)
          .doesNotContain(BASIC_AUTH.substring("Basic ".length()));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"acme.ogsm.online", "https://acme.ogsm.online", "ac me", "-acme", "acme-", "a/b", "acme:8080", "é"})
  void subdomainMustBeOneDnsLabel(String subdomain) {
    assertThatThrownBy(() -> OgsmClient.builder().subdomain(subdomain))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one DNS label")
        .hasMessageContaining("baseUrl");
  }

  @Test
  void subdomainIsRequiredText() {
    assertThatThrownBy(() -> OgsmClient.builder().subdomain(null)).hasMessage("subdomain is required but was null");
    assertThatThrownBy(() -> OgsmClient.builder().subdomain("  ")).hasMessage("subdomain is required but was blank");
    assertThatThrownBy(() -> OgsmClient.builder().subdomain("a".repeat(64))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void baseUrlWithAPathPrefixKeepsThePrefix() throws Exception {
    server.enqueue(json(200, "[]"));
    try (OgsmClient client =
        OgsmClient.builder().baseUrl(server.url("/proxy/ogsm").toString()).credentials(USERNAME, PASSWORD).build()) {
      client.objectives().listAll();
    }

    RecordedRequest request = take(server);
    assertThat(request.getTarget()).isEqualTo("/proxy/ogsm/api/v2/objectives.json");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo(BASIC_AUTH);
  }

  @Test
  void theLastOfSubdomainAndBaseUrlWins() throws Exception {
    server.enqueue(json(200, "[]"));
    try (OgsmClient client =
        OgsmClient.builder()
            .subdomain("acme")
            .baseUrl(server.url("/").toString())
            .credentials(USERNAME, PASSWORD)
            .build()) {
      client.strategies().listAll();
    }

    assertThat(take(server).getTarget()).isEqualTo("/api/v2/strategies.json");
  }

  @Test
  void buildNamesTheMissingSetting() {
    assertThatThrownBy(() -> OgsmClient.builder().subdomain("acme").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("OgsmClient needs credentials: call credentials(username, password)");
    assertThatThrownBy(() -> OgsmClient.builder().credentials(USERNAME, PASSWORD).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("OgsmClient needs a base URL: call subdomain(\"acme\") or baseUrl(...)");
  }

  @Test
  void blankCredentialsAreRefused() {
    assertThatThrownBy(() -> OgsmClient.builder().credentials(" ", PASSWORD)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OgsmClient.builder().credentials(USERNAME, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void coreOptionsApply() throws Exception {
    server.enqueue(json(200, "[]"));
    server.enqueue(status(503));
    RecordingSleeper sleeper = new RecordingSleeper();
    try (OgsmClient client =
        OgsmClient.builder()
            .baseUrl(server.url("/").toString())
            .credentials(USERNAME, PASSWORD)
            .userAgentSuffix("planning-sync/2.0")
            .defaultHeader("X-Team", "finance")
            .maxRetries(0)
            .sleeper(sleeper)
            .build()) {
      client.actions().listAll();
      assertThatThrownBy(() -> client.actions().listAll()).isInstanceOf(ServerErrorException.class);
    }

    RecordedRequest request = take(server);
    assertThat(request.getHeaders().get("User-Agent")).contains("OgsmClient").endsWith(" planning-sync/2.0");
    assertThat(request.getHeaders().get("X-Team")).isEqualTo("finance");
    assertThat(server.getRequestCount()).as("maxRetries(0): the 503 was not retried").isEqualTo(2);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void anUnmodelledRequestRunsOnTheSameStack() throws Exception {
    server.enqueue(json(200, "[{\"id\": 1, \"title\": \"O\"}]"));
    try (OgsmClient client =
        OgsmClient.builder().baseUrl(server.url("/").toString()).credentials(USERNAME, PASSWORD).build()) {
      assertThat(client.request("GET", "api/v2/objectives.json").execute(java.util.List.class).body().orElseThrow()).hasSize(1);
    }

    RecordedRequest request = take(server);
    assertThat(request.getTarget()).isEqualTo("/api/v2/objectives.json");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo(BASIC_AUTH);
  }

  /** An OkHttp client whose own interceptor records each URL and answers {@code []} itself. */
  private static OkHttpClient answeringLocally(List<HttpUrl> sent) {
    return new OkHttpClient.Builder()
        .addInterceptor(
            chain -> {
              sent.add(chain.request().url());
              return new Response.Builder()
                  .request(chain.request())
                  .protocol(Protocol.HTTP_1_1)
                  .code(200)
                  .message("OK")
                  .body(ResponseBody.create("[]", MediaType.get("application/json")))
                  .build();
            })
        .build();
  }
}
