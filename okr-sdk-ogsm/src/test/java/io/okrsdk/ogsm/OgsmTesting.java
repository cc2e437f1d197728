package io.okrsdk.ogsm;

import io.okrsdk.core.json.DecodingMode;
import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.core.testsupport.Fixtures;
import io.okrsdk.core.testsupport.RecordingSleeper;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** Shared pieces of the OGSM contract tests. */
final class OgsmTesting {
  static final String USERNAME = "api-user";
  static final String PASSWORD = "s3cret";
  /** {@code Basic base64("api-user:s3cret")}, spelled out so an encoding mistake cannot cancel out. */
  static final String BASIC_AUTH = "Basic YXBpLXVzZXI6czNjcmV0";
  /** How long a test waits for an async result before failing (not a timing assertion). */
  static final Duration ASYNC_WAIT = Duration.ofSeconds(10);

  private OgsmTesting() {}

  /** A client for the mock server whose retries record their waits instead of sleeping. */
  static OgsmClient.Builder clientFor(MockWebServer server, RecordingSleeper sleeper) {
    return OgsmClient.builder()
        .baseUrl(server.url("/").toString())
        .credentials(USERNAME, PASSWORD)
        .sleeper(sleeper)
        // Contract tests decode the docs' own examples strictly: a model mistake fails the build.
        .decodingMode(DecodingMode.STRICT);
  }

  /** A JSON response. */
  static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .setHeader("Content-Type", "application/json; charset=utf-8")
        .body(body)
        .build();
  }

  /** An empty response with a status. */
  static MockResponse status(int code) {
    return new MockResponse.Builder().code(code).build();
  }

  /** A fixture under {@code ogsm/}. */
  static String fixture(String name) {
    return Fixtures.read("ogsm/" + name);
  }

  /** A bare JSON array of fixtures, as the list endpoints answer. */
  static String arrayOf(String... names) {
    StringBuilder array = new StringBuilder("[");
    for (String name : names) {
      if (array.length() > 1) {
        array.append(',');
      }
      array.append(fixture(name).trim());
    }
    return array.append(']').toString();
  }

  /** The next request the server received, failing instead of waiting forever. */
  static RecordedRequest take(MockWebServer server) throws InterruptedException {
    RecordedRequest request = server.takeRequest(ASYNC_WAIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(request).as("a request reached the server").isNotNull();
    return request;
  }

  /** Asserts a documented read: GET of exactly this path, with Basic credentials and no body. */
  static void assertGet(RecordedRequest request, String path) {
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo(path);
    assertThat(request.getHeaders().get("Authorization")).isEqualTo(BASIC_AUTH);
    assertThat(request.getBodySize()).isZero();
  }

  /** Asserts a documented create: POST of exactly this path, Basic credentials, JSON body. */
  static void assertJsonPost(RecordedRequest request, String path) {
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo(path);
    assertThat(request.getHeaders().get("Authorization")).isEqualTo(BASIC_AUTH);
    assertThat(request.getHeaders().values("Content-Type")).containsExactly("application/json");
  }

  /** JSON without the whitespace between tokens (strings kept as they are). */
  static String minify(String json) {
    StringBuilder out = new StringBuilder(json.length());
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        out.append(c);
        if (c == '\\' && i + 1 < json.length()) {
          out.append(json.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
        out.append(c);
      } else if (!Character.isWhitespace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
