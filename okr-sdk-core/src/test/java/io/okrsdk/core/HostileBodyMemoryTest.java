package io.okrsdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.internal.auth.BasicAuth;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import okio.BufferedSink;
import okio.GzipSink;
import okio.Okio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Huge and compressed bodies cost bounded memory. Runs in its own JVM with {@code -Xmx256m} (the
 * {@code small-heap} surefire execution), so an unbounded read fails here as OutOfMemoryError.
 */
@Timeout(60)
class HostileBodyMemoryTest {
  /** 320 MiB of zeros gzip-compressed: a third of a megabyte on the wire, more than the heap inflated. */
  private static Buffer gzipBomb;

  @StartStop final MockWebServer server = new MockWebServer();

  @BeforeAll
  static void compress() throws IOException {
    assertThat(Runtime.getRuntime().maxMemory()).as("runs in the small heap").isLessThan(300L * 1024 * 1024);
    Buffer out = new Buffer();
    byte[] zeros = new byte[1 << 20];
    try (BufferedSink sink = Okio.buffer(new GzipSink(out))) {
      for (int i = 0; i < 320; i++) {
        sink.write(zeros);
      }
    }
    gzipBomb = out;
  }

  private TestClient client(String baseUrl) {
    return TestClient.builder().baseUrl(baseUrl).auth(new BasicAuth("user", "password-1")).maxRetries(0).build();
  }

  @Test
  void aHugeErrorBodyGivesTheExceptionWithAnExcerpt() throws Exception {
    // 600 MB announced and streamed by a raw socket (MockWebServer would hold it in memory).
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Thread serverThread = new Thread(() -> serveHuge(listener));
      serverThread.setDaemon(true);
      serverThread.start();
      try (TestClient client = client("http://127.0.0.1:" + listener.getLocalPort() + "/")) {
        assertThatThrownBy(() -> client.runtime.execute(client.api.get("1")))
            .isInstanceOfSatisfying(ServerErrorException.class, e -> {
              assertThat(e.statusCode()).isEqualTo(500);
              assertThat(e.errorBody()).hasSize(OkrApiException.MAX_BODY_EXCERPT).startsWith("{\"error\":\"xxxx");
            });
      }
    }
  }

  private static void serveHuge(ServerSocket listener) {
    try (Socket socket = listener.accept()) {
      InputStream in = socket.getInputStream();
      byte[] request = new byte[8192];
      in.read(request); // the request headers: small, one read is enough on loopback
      OutputStream out = socket.getOutputStream();
      long length = 600L * 1024 * 1024;
      out.write(("HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\nContent-Length: " + length
          + "\r\n\r\n{\"error\":\"").getBytes(StandardCharsets.US_ASCII));
      byte[] chunk = "x".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
      for (long sent = 0; sent < length; sent += chunk.length) {
        out.write(chunk);
      }
    } catch (IOException expected) {
      // the client stops reading after the excerpt and closes the connection
    }
  }

  @Test
  void aGzipBombErrorBodyGivesTheExceptionWithAnExcerpt() {
    server.enqueue(new MockResponse.Builder().code(500).addHeader("Content-Encoding", "gzip").body(gzipBomb.copy()).build());
    try (TestClient client = client(server.url("/").toString())) {
      assertThatThrownBy(() -> client.runtime.execute(client.api.get("1")))
          .isInstanceOfSatisfying(ServerErrorException.class, e -> assertThat(e.errorBody()).hasSize(OkrApiException.MAX_BODY_EXCERPT));
    }
  }

  @Test
  void aGzipBombSuccessBodyIsRefusedOnItsDecompressedSize() {
    server.enqueue(new MockResponse.Builder().addHeader("Content-Encoding", "gzip").body(gzipBomb.copy()).build());
    try (TestClient client = client(server.url("/").toString())) {
      assertThatThrownBy(() -> client.runtime.execute(client.api.get("1")))
          .isInstanceOf(OkrDecodingException.class).hasMessageContaining("larger than");
    }
  }

  @Test
  void aGzipBombAnswerToAnUnmodelledRequestIsRefusedOnItsDecompressedSize() {
    server.enqueue(new MockResponse.Builder().addHeader("Content-Encoding", "gzip").body(gzipBomb.copy()).build());
    server.enqueue(new MockResponse.Builder().code(500).addHeader("Content-Encoding", "gzip").body(gzipBomb.copy()).build());
    try (TestClient client = client(server.url("/").toString())) {
      assertThatThrownBy(() -> client.request("GET", "anything").execute())
          .isInstanceOf(OkrDecodingException.class).hasMessageContaining("larger than");
      assertThatThrownBy(() -> client.request("GET", "anything").execute(TestClient.Item.class))
          .isInstanceOfSatisfying(ServerErrorException.class, e -> assertThat(e.errorBody()).hasSize(OkrApiException.MAX_BODY_EXCERPT));
    }
  }

  @Test
  void aGzipBombAnswerAskedForAsAWholeResponseBodyIsRefusedOnItsDecompressedSize() {
    server.enqueue(new MockResponse.Builder().addHeader("Content-Encoding", "gzip").body(gzipBomb.copy()).build());
    try (TestClient client = client(server.url("/").toString())) {
      assertThatThrownBy(() -> client.request("GET", "anything").execute(okhttp3.ResponseBody.class))
          .isInstanceOf(OkrDecodingException.class).hasMessageContaining("larger than");
    }
  }
}
