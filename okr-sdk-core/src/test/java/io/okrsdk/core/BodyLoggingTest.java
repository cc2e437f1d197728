package io.okrsdk.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.core.http.HttpLogLevel;
import io.okrsdk.core.internal.auth.BasicAuth;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import okio.GzipSink;
import okio.Okio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** BODY logs show decoded text, never control bytes, and pair request and response by call id. */
@Timeout(30)
class BodyLoggingTest {
  private static final Pattern CALL_ID = Pattern.compile("^\\[(c[0-9a-z]+)\\] ");

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

  private TestClient client() {
    return TestClient.builder().baseUrl(server.url("/").toString()).auth(new BasicAuth("u", "p")).logLevel(HttpLogLevel.BODY).build();
  }

  private static Buffer gzip(String text) throws Exception {
    Buffer out = new Buffer();
    try (okio.BufferedSink sink = Okio.buffer(new GzipSink(out))) {
      sink.writeUtf8(text);
    }
    return out;
  }

  @Test
  void aCompressedAnswerIsLoggedDecodedAndTheCallerStillGetsIt() throws Exception {
    server.enqueue(new MockResponse.Builder().addHeader("Content-Encoding", "gzip").addHeader("Content-Type", "application/json")
        .body(gzip("{\"id\":\"zipped-1\",\"name\":\"n\"}")).build());
    try (TestClient client = client()) {
      assertThat(client.runtime.execute(client.api.get("1")).id()).isEqualTo("zipped-1");
    }
    assertThat(lines.get(1)).contains("{\"id\":\"zipped-1\"");
  }

  @Test
  void binaryAnswersAreLoggedByTheirSize() {
    Buffer binary = new Buffer().write(new byte[] {0, 1, 2, (byte) 0xff, 0, 9});
    server.enqueue(new MockResponse.Builder().code(500).addHeader("Content-Type", "application/octet-stream").body(binary).build());
    try (TestClient client = client()) {
      try {
        client.runtime.execute(client.api.get("1"));
      } catch (ServerErrorException expected) {
        // the log is what this test is about
      }
    }
    assertThat(lines.get(1)).contains("binary/compressed, 6 bytes");
  }

  @Test
  void controlBytesNeverReachTheLog() {
    server.enqueue(new MockResponse.Builder().code(404).addHeader("Content-Type", "application/json")
        .body("{\"error\":\"\u001b[31mred\u0007\rforged\u202e\"}").build());
    try (TestClient client = client()) {
      try {
        client.runtime.execute(client.api.get("1"));
      } catch (NotFoundException expected) {
        // the log is what this test is about
      }
    }
    String log = String.join("\n", lines);
    assertThat(log).contains("red").doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\r")
        .doesNotContain("\u202e").contains("\\u001b");
  }

  @Test
  void requestAndResponseLinesShareAShortCallIdAndCallsDiffer() {
    server.enqueue(new MockResponse.Builder().code(503).build());
    server.enqueue(new MockResponse.Builder().body("{\"id\":\"1\"}").build());
    server.enqueue(new MockResponse.Builder().body("{\"id\":\"2\"}").build());
    try (TestClient client = TestClient.builder().baseUrl(server.url("/").toString()).auth(new BasicAuth("u", "p"))
        .logLevel(HttpLogLevel.BASIC).sleeper(d -> { }).build()) {
      client.runtime.execute(client.api.get("1"));
      client.runtime.execute(client.api.get("2"));
    }
    assertThat(lines).hasSize(6);
    List<String> ids = lines.stream().map(line -> {
      Matcher m = CALL_ID.matcher(line);
      assertThat(m.find()).as(line).isTrue();
      return m.group(1);
    }).collect(java.util.stream.Collectors.toList());
    // The first call (one retry) has four records under one id; the second its own id.
    assertThat(ids.subList(0, 4)).containsOnly(ids.get(0));
    assertThat(ids.subList(4, 6)).containsOnly(ids.get(4));
    assertThat(ids.get(4)).isNotEqualTo(ids.get(0));
  }
}
