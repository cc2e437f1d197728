package io.okrsdk.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.core.http.HttpLogLevel;
import io.okrsdk.core.internal.auth.BasicAuth;
import io.okrsdk.core.internal.auth.BearerAuth;
import io.okrsdk.core.internal.auth.HeaderTokenAuth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** At the most verbose level, logs show the exchange but never a credential. */
class LoggingRedactionTest {
  @StartStop final MockWebServer server = new MockWebServer();

  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final Logger julLogger = Logger.getLogger("io.okrsdk.http");
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          lines.add(record.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void attach() {
    julLogger.addHandler(capture);
    julLogger.setLevel(Level.ALL);
    julLogger.setUseParentHandlers(false);
  }

  @AfterEach
  void detach() {
    julLogger.removeHandler(capture);
    julLogger.setUseParentHandlers(true);
  }

  @Test
  void basicCredentialsAndSecretBodyFieldsAreRedacted() {
    server.enqueue(new MockResponse.Builder().body("{\"id\":\"1\",\"name\":\"token\",\"apiKey\":\"k-999\"}").build());
    try (TestClient client =
        TestClient.builder()
            .baseUrl(server.url("/").toString())
            .auth(new BasicAuth("alice", "hunter2"))
            .logLevel(HttpLogLevel.BODY)
            .build()) {
      client.runtime.execute(client.api.create(ImmutableItem.builder().id("1").name("visible").build()));
    }
    String log = String.join("\n", lines);
    assertThat(log).contains("--> POST").contains("<-- 200").contains("visible").contains("Authorization: REDACTED");
    assertThat(log).doesNotContain("hunter2").doesNotContain("YWxpY2U6aHVudGVyMg").doesNotContain("k-999");
  }

  @Test
  void tokenHeadersAndSecretQueryParametersAreRedacted() {
    server.enqueue(new MockResponse.Builder().body("{\"id\":\"1\"}").build());
    server.enqueue(new MockResponse.Builder().body("{\"count\":0,\"results\":[]}").build());
    try (TestClient client =
        TestClient.builder()
            .baseUrl(server.url("/").toString())
            .auth(new BearerAuth("tok-abc", Map.of("gtmhub-accountId", "acc")))
            .defaultHeader("API-Token", "tok-xyz")
            .logLevel(HttpLogLevel.HEADERS)
            .build()) {
      client.runtime.execute(client.api.get("1"));
      client.runtime.execute(client.api.page(server.url("/items/?access_token=tok-qqq&offset=2").toString()));
    }
    String log = String.join("\n", lines);
    assertThat(log).contains("/items/?access_token=REDACTED&offset=2").doesNotContain("tok-abc").doesNotContain("tok-xyz").doesNotContain("tok-qqq");
  }

  @Test
  void nothingIsLoggedByDefault() {
    server.enqueue(new MockResponse.Builder().body("{\"id\":\"1\"}").build());
    try (TestClient client =
        TestClient.builder().baseUrl(server.url("/").toString()).auth(new HeaderTokenAuth("API-Token", "t")).build()) {
      client.runtime.execute(client.api.get("1"));
    }
    assertThat(lines).isEmpty();
  }
}
