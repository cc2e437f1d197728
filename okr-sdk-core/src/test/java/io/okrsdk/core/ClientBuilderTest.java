package io.okrsdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.internal.auth.BasicAuth;
import io.okrsdk.core.internal.auth.BearerAuth;
import io.okrsdk.core.internal.auth.HeaderTokenAuth;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class ClientBuilderTest {
  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void addsTrailingSlashAndKeepsPathPrefix() throws Exception {
    server.enqueue(new MockResponse.Builder().body("{\"id\":\"1\"}").build());
    try (TestClient client =
        TestClient.builder().baseUrl(server.url("/results").toString()).auth(new BasicAuth("u", "p")).build()) {
      assertThat(client.runtime.baseUrl().encodedPath()).isEqualTo("/results/");
      client.runtime.execute(client.api.get("1"));
    }
    assertThat(server.takeRequest().getTarget()).isEqualTo("/results/items/1/");
  }

  @Test
  void refusesBadBaseUrls() {
    assertThatThrownBy(() -> TestClient.builder().baseUrl(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("baseUrl is required");
    assertThatThrownBy(() -> TestClient.builder().baseUrl("ftp://x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("absolute http or https URL");
    assertThatThrownBy(() -> TestClient.builder().baseUrl("https://h/api?x=1"))
        .hasMessageContaining("query");
    assertThatThrownBy(() -> TestClient.builder().baseUrl("https://user:s3cret@h/"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("s3cret");
  }

  @Test
  void buildNamesTheMissingSetting() {
    assertThatThrownBy(() -> TestClient.builder().baseUrl("https://h/").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("TestClient needs credentials: call auth(...)");
    assertThatThrownBy(() -> TestClient.builder().auth(new BasicAuth("u", "p")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("needs a base URL");
  }

  @Test
  void credentialsAreValidatedAndNeverShown() {
    assertThatThrownBy(() -> new BasicAuth("u", " ")).hasMessage("password is required but was blank");
    assertThatThrownBy(() -> new BearerAuth(null, Map.of())).hasMessage("token is required but was null");
    assertThatThrownBy(() -> new HeaderTokenAuth("API-Token", "a\r\nb")).hasMessageNotContaining("a\r\nb");

    TestClient client = TestClient.builder().baseUrl("https://h/").auth(new BasicAuth("alice", "hunter2")).build();
    assertThat(client.toString()).contains("alice").doesNotContain("hunter2").doesNotContain("aHVudGVy");
    assertThat(new BearerAuth("tok-123", Map.of("gtmhub-accountId", "acc")).toString())
        .doesNotContain("tok-123")
        .contains("gtmhub-accountId");
    assertThat(new HeaderTokenAuth("API-Token", "tok-9").toString()).doesNotContain("tok-9");
    client.close();
  }

  @Test
  void sendsUserAgentSuffixAndDefaultHeaders() throws Exception {
    server.enqueue(new MockResponse.Builder().body("{\"id\":\"1\"}").build());
    try (TestClient client =
        TestClient.builder()
            .baseUrl(server.url("/").toString())
            .auth(new BasicAuth("u", "p"))
            .userAgentSuffix("my-app/1.2")
            .defaultHeader("X-Team", "okr")
            .build()) {
      client.runtime.execute(client.api.get("1"));
    }
    RecordedRequest request = server.takeRequest();
    // The version is the build's, filled in at compile time: a placeholder left unfilled fails here.
    assertThat(request.getHeaders().get("User-Agent"))
        .matches("okr-sdk-java/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\([^;()]+; Java "
            + java.util.regex.Pattern.quote(System.getProperty("java.version")) + "\\) my-app/1\\.2");
    assertThat(request.getHeaders().get("X-Team")).isEqualTo("okr");
  }

  @Test
  void appliesTimeoutsAndDerivesFromCallersClientWithoutClosingIt() {
    OkHttpClient mine = new OkHttpClient();
    TestClient client =
        TestClient.builder()
            .baseUrl("https://h/")
            .auth(new BasicAuth("u", "p"))
            .httpClient(mine)
            .connectTimeout(Duration.ofSeconds(3))
            .readTimeout(Duration.ofSeconds(4))
            .writeTimeout(Duration.ofSeconds(5))
            .callTimeout(Duration.ofSeconds(6))
            .build();
    OkHttpClient used = client.runtime.httpClient();
    assertThat(used).isNotSameAs(mine);
    assertThat(used.connectTimeoutMillis()).isEqualTo(3000);
    assertThat(used.readTimeoutMillis()).isEqualTo(4000);
    assertThat(used.writeTimeoutMillis()).isEqualTo(5000);
    assertThat(used.callTimeoutMillis()).isEqualTo(6000);
    assertThat(used.connectionPool()).isSameAs(mine.connectionPool());
    assertThat(mine.interceptors()).isEmpty();

    client.close();

    assertThat(mine.dispatcher().executorService().isShutdown()).isFalse();
  }

  @Test
  void closingReleasesWhatTheClientCreated() throws Exception {
    server.enqueue(new MockResponse.Builder().body("{\"id\":\"1\"}").build());
    TestClient client = TestClient.builder().baseUrl(server.url("/").toString()).auth(new BasicAuth("u", "p")).build();
    client.runtime.executeAsync(client.api.get("1")).get(5, TimeUnit.SECONDS);

    client.close();
    client.close();

    assertThat(client.runtime.httpClient().dispatcher().executorService().isShutdown()).isTrue();
    assertThat(client.runtime.httpClient().connectionPool().connectionCount()).isZero();
  }

  @Test
  void negativeSettingsAreRefused() {
    assertThatThrownBy(() -> TestClient.builder().maxRetries(-1)).hasMessageContaining("maxRetries");
    assertThatThrownBy(() -> TestClient.builder().readTimeout(Duration.ofSeconds(-1))).hasMessageContaining("readTimeout");
  }
}
