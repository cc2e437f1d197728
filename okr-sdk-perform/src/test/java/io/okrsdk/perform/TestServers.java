package io.okrsdk.perform;

import io.okrsdk.core.json.DecodingMode;
import io.okrsdk.core.testsupport.RecordingSleeper;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/** Builds clients against a MockWebServer and the responses the tests enqueue. */
final class TestServers {
  static final String USERNAME = "api-user";
  static final String API_KEY = "s3cret-key";
  /** {@code Basic base64("api-user:s3cret-key")}, spelled out so a wrong encoding fails the tests. */
  static final String BASIC_AUTH = "Basic YXBpLXVzZXI6czNjcmV0LWtleQ==";

  private TestServers() {}

  static PerformClient.Builder builder(MockWebServer server, RecordingSleeper sleeper) {
    return PerformClient.builder()
        .baseUrl(server.url("/").toString())
        .credentials(USERNAME, API_KEY)
        .sleeper(sleeper)
        // Contract tests decode the docs' own examples strictly: a model mistake fails the build.
        .decodingMode(DecodingMode.STRICT);
  }

  static PerformClient client(MockWebServer server) {
    return builder(server, new RecordingSleeper()).build();
  }

  static MockResponse json(String body) {
    return new MockResponse.Builder().code(200).body(body).addHeader("Content-Type", "application/json").build();
  }

  static MockResponse status(int code, String body) {
    return new MockResponse.Builder().code(code).body(body).addHeader("Content-Type", "application/json").build();
  }
}
