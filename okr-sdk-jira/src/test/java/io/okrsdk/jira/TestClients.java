package io.okrsdk.jira;

import io.okrsdk.core.json.DecodingMode;
import io.okrsdk.core.testsupport.RecordingSleeper;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/** Clients pointed at a MockWebServer, and canned responses. */
final class TestClients {
  static final String TOKEN = "test-token-5f3a";

  private TestClients() {}

  static OkrForJiraClient forServer(MockWebServer server, RecordingSleeper sleeper) {
    return OkrForJiraClient.builder().apiToken(TOKEN).baseUrl(server.url("/").toString()).sleeper(sleeper)
        // Contract tests decode the docs' own examples strictly: a model mistake fails the build.
        .decodingMode(DecodingMode.STRICT)
        .build();
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
  }

  static MockResponse json(String body) {
    return json(200, body);
  }
}
