package io.okrsdk.perform;

import static io.okrsdk.perform.TestServers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.internal.auth.HeaderTokenAuth;
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

class PerformClientBuilderTest {
  @StartStop final MockWebServer server = new MockWebServer();

  /** An OkHttp client that answers every request itself and records where it was going. */
  private static OkHttpClient answeringLocally(List<HttpUrl> seen) {
    return new OkHttpClient.Builder()
        .addInterceptor(
            chain -> {
              seen.add(chain.request().url());
              return new Response.Builder()
                  .request(chain.request())
                  .protocol(Protocol.HTTP_1_1)
                  .code(200)
                  .message("OK")
                  .body(ResponseBody.create("{\"api_id\":\"580:1\"}", MediaType.get("application/json")))
                  .build();
            })
        .build();
  }

  @Test
  void regionSelectsTheVendorsRegionalHost() {
    List<HttpUrl> seen = new CopyOnWriteArrayList<>();
    try (PerformClient client =
        PerformClient.builder().region("pro").credentials("api-user", "s3cret-key").httpClient(answeringLocally(seen)).build()) {
      client.goals().get("580:1");
      assertThat(client.toString()).contains("https://pro.weekly10.net/");
    }
    assertThat(seen).extracting(HttpUrl::toString).containsExactly("https://pro.weekly10.net/api/v2/goals/580%3A1/");
  }

  @Test
  void regionIsCaseInsensitive() {
    try (PerformClient client = PerformClient.builder().region(" PRO ").credentials("u", "k").build()) {
      assertThat(client.toString()).contains("https://pro.weekly10.net/");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "pro.evil.example", "pro/x", "-pro", "pro-", "pro:8080", "é"})
  void regionMustBeOneHostLabel(String region) {
    assertThatThrownBy(() -> PerformClient.builder().region(region)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void baseUrlWithAPathPrefixKeepsIt() throws Exception {
    server.enqueue(json("{\"api_id\":\"580:1\"}"));
    try (PerformClient client =
        PerformClient.builder().baseUrl(server.url("/tenant").toString()).credentials("u", "k").build()) {
      client.goals().get("580:1");
    }
    assertThat(server.takeRequest().getTarget()).isEqualTo("/tenant/api/v2/goals/580%3A1/");
  }

  @Test
  void credentialsAreRequired() {
    assertThatThrownBy(() -> PerformClient.builder().region("pro").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("credentials");
  }

  @Test
  void aBaseUrlIsRequired() {
    assertThatThrownBy(() -> PerformClient.builder().credentials("u", "k").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("base URL");
  }

  @Test
  void blankCredentialsAreRefused() {
    assertThatThrownBy(() -> PerformClient.builder().credentials("u", " ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PerformClient.builder().credentials(null, "k")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toStringNamesTheUserButNeverTheKey() {
    try (PerformClient client = PerformClient.builder().region("pro").credentials("api-user", "s3cret-key").build()) {
      assertThat(client.toString()).contains("api-user").doesNotContain("s3cret-key");
    }
  }

  @Test
  void anotherAuthSchemeCanBePlugged() throws Exception {
    server.enqueue(json("{\"api_id\":\"580:1\"}"));
    try (PerformClient client =
        PerformClient.builder()
            .baseUrl(server.url("/").toString())
            .auth(new HeaderTokenAuth("Authorization", "Token abc123"))
            .build()) {
      client.goals().get("580:1");
    }
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Token abc123");
  }

  @Test
  void coreOptionsApply() throws Exception {
    server.enqueue(json("{\"api_id\":\"580:1\"}"));
    try (PerformClient client =
        TestServers.builder(server, new io.okrsdk.core.testsupport.RecordingSleeper())
            .userAgentSuffix("my-app/1.2")
            .defaultHeader("X-Trace", "t-1")
            .build()) {
      client.goals().get("580:1");
    }
    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeaders().get("User-Agent")).contains("PerformClient").endsWith("my-app/1.2");
    assertThat(request.getHeaders().get("X-Trace")).isEqualTo("t-1");
  }

  @Test
  void closeIsIdempotent() {
    PerformClient client = PerformClient.builder().region("pro").credentials("u", "k").build();
    client.close();
    client.close();
    assertThat(client.goals()).isNotNull();
  }

  @Test
  void anUnmodelledRequestIsBoundToTheClient() throws Exception {
    server.enqueue(json("{\"count\":0,\"next\":null,\"previous\":null,\"results\":[]}"));
    try (PerformClient client = TestServers.client(server)) {
      assertThat(client.request("GET", "api/v2/goals/").execute(io.okrsdk.perform.model.GoalPage.class).body().orElseThrow().results())
          .isEmpty();
    }
    RecordedRequest request = server.takeRequest();
    assertThat(request.getTarget()).isEqualTo("/api/v2/goals/");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo(TestServers.BASIC_AUTH);
  }
}
