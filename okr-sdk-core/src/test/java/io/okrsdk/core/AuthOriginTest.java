package io.okrsdk.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.core.internal.auth.BearerAuth;
import io.okrsdk.core.internal.auth.HeaderTokenAuth;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Credentials go to the base URL's origin only: never to another host, even on a redirect. */
class AuthOriginTest {
  @StartStop final MockWebServer api = new MockWebServer();
  @StartStop final MockWebServer elsewhere = new MockWebServer();

  @Test
  void sendsBearerAndRequiredHeadersToTheOrigin() throws Exception {
    api.enqueue(new MockResponse.Builder().body("{\"id\":\"1\"}").build());
    try (TestClient client = client(new BearerAuth("tok", Map.of("gtmhub-accountId", "acc-1")))) {
      client.runtime.execute(client.api.get("1"));
    }
    RecordedRequest request = api.takeRequest();
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer tok");
    assertThat(request.getHeaders().get("gtmhub-accountId")).isEqualTo("acc-1");
  }

  @Test
  void absoluteUrlToAnotherHostGoesWithoutCredentials() throws Exception {
    elsewhere.enqueue(new MockResponse.Builder().body("{\"count\":0,\"results\":[]}").build());
    try (TestClient client = client(new HeaderTokenAuth("API-Token", "secret-token"))) {
      client.runtime.execute(client.api.page(elsewhere.url("/items/?offset=2").toString()));
    }
    RecordedRequest request = elsewhere.takeRequest();
    assertThat(request.getHeaders().get("API-Token")).isNull();
    assertThat(request.getHeaders().get("Authorization")).isNull();
  }

  @Test
  void redirectToAnotherHostDropsCustomCredentialHeaders() throws Exception {
    api.enqueue(
        new MockResponse.Builder().code(302).addHeader("Location", elsewhere.url("/stolen").toString()).build());
    elsewhere.enqueue(new MockResponse.Builder().body("{\"id\":\"1\"}").build());
    try (TestClient client = client(new HeaderTokenAuth("API-Token", "secret-token"))) {
      client.runtime.execute(client.api.get("1"));
    }
    assertThat(api.takeRequest().getHeaders().get("API-Token")).isEqualTo("secret-token");
    RecordedRequest redirected = elsewhere.takeRequest();
    assertThat(redirected.getTarget()).isEqualTo("/stolen");
    assertThat(redirected.getHeaders().get("API-Token")).isNull();
  }

  @Test
  void sameServerUnderAnotherHostNameIsAnotherOrigin() throws Exception {
    api.enqueue(new MockResponse.Builder().body("{\"count\":0,\"results\":[]}").build());
    String base = api.url("/").newBuilder().host("localhost").build().toString();
    String sameServerOtherName = api.url("/items/").newBuilder().host("127.0.0.1").build().toString();
    try (TestClient client =
        TestClient.builder().baseUrl(base).auth(new HeaderTokenAuth("API-Token", "secret-token")).build()) {
      client.runtime.execute(client.api.page(sameServerOtherName));
    }
    assertThat(api.takeRequest().getHeaders().get("API-Token")).isNull();
  }

  private TestClient client(io.okrsdk.core.auth.AuthScheme auth) {
    return TestClient.builder().baseUrl(api.url("/").toString()).auth(auth).build();
  }
}
