package io.okrsdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.http.HttpLogLevel;
import io.okrsdk.core.internal.auth.BasicAuth;
import io.okrsdk.core.internal.auth.BearerAuth;
import io.okrsdk.core.internal.auth.HeaderTokenAuth;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A server that echoes the request's credentials: the client's own secrets are masked everywhere. */
@Timeout(30)
class SecretEchoTest {
  private static final String PASSWORD = "pa55-w0rd-xyz";
  private static final String TOKEN = "tok-0123456789abcdef";

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
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            // Echo every request header, as some debugging servers and proxies do.
            StringBuilder echo = new StringBuilder();
            okhttp3.Headers headers = request.getHeaders();
            for (int i = 0; i < headers.size(); i++) {
              echo.append(headers.name(i)).append(": ").append(headers.value(i)).append(" | ");
            }
            return new MockResponse.Builder().code(500).body("{\"error\":\"bad\",\"echo\":\"" + echo + "\"}").build();
          }
        });
  }

  @AfterEach
  void detach() {
    julLogger.removeHandler(capture);
    julLogger.setUseParentHandlers(true);
  }

  private void assertMasked(io.okrsdk.core.auth.AuthScheme auth, String... secrets) {
    try (TestClient client =
        TestClient.builder().baseUrl(server.url("/").toString()).auth(auth).maxRetries(0).logLevel(HttpLogLevel.BODY).build()) {
      assertThatThrownBy(() -> client.runtime.execute(client.api.get("1")))
          .isInstanceOfSatisfying(ServerErrorException.class, e -> {
            assertThat(e.errorBody()).contains("REDACTED");
            for (String secret : secrets) {
              assertThat(e.getMessage()).doesNotContain(secret);
              assertThat(e.errorBody()).doesNotContain(secret);
            }
          });
    }
    assertThat(String.join("\n", lines)).contains("echo");
    for (String secret : secrets) {
      assertThat(lines).noneMatch(line -> line.contains(secret));
    }
  }

  @Test
  void basicPasswordAndItsEncodingAreMasked() {
    String encoded = Base64.getEncoder().encodeToString(("user:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    assertMasked(new BasicAuth("user", PASSWORD), PASSWORD, encoded);
  }

  @Test
  void bearerAndHeaderTokensAreMasked() {
    assertMasked(new BearerAuth(TOKEN, Map.of("gtmhub-accountId", "acc-1")), TOKEN);
    lines.clear();
    assertMasked(new HeaderTokenAuth("API-Token", TOKEN), TOKEN);
  }
}
