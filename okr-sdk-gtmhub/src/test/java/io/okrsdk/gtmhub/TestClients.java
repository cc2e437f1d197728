package io.okrsdk.gtmhub;

import io.okrsdk.core.json.DecodingMode;
import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.core.testsupport.RecordingSleeper;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** Builds clients against a MockWebServer and checks what every request must carry. */
final class TestClients {
  static final String TOKEN = "tok-6f1e2d3c";
  static final String ACCOUNT_ID = "5be26318e5274a0007f17f61";
  static final String GOAL_ID = "6138969ab6adf10001fc329c";

  private TestClients() {}

  static GtmhubClient client(MockWebServer server) {
    return client(server, "/");
  }

  static GtmhubClient client(MockWebServer server, String basePath) {
    return GtmhubClient.builder()
        .baseUrl(server.url(basePath).toString())
        .credentials(TOKEN, ACCOUNT_ID)
        .maxRetries(0)
        .sleeper(new RecordingSleeper())
        // Contract tests decode the docs' own examples strictly: a model mistake fails the build.
        .decodingMode(DecodingMode.STRICT)
        .build();
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
  }

  static MockResponse noContent() {
    return new MockResponse.Builder().code(204).build();
  }

  static void assertCredentials(RecordedRequest request) {
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(request.getHeaders().get("gtmhub-accountId")).isEqualTo(ACCOUNT_ID);
  }
}
