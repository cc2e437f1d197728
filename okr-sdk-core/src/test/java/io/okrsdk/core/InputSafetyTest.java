package io.okrsdk.core;

import io.okrsdk.core.internal.Checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.auth.AuthScheme;
import io.okrsdk.core.internal.PathSegments;
import io.okrsdk.core.internal.auth.BasicAuth;
import io.okrsdk.core.internal.auth.BearerAuth;
import io.okrsdk.core.internal.auth.HeaderTokenAuth;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Values HTTP cannot carry are refused when configured, naming the setting and never the value. */
@Timeout(30)
class InputSafetyTest {
  private static final String SECRET = "s3cr3t-T0KEN";

  @StartStop final MockWebServer server = new MockWebServer();

  @ParameterizedTest
  @ValueSource(strings = {"\u00a0", "\u200b", "\u0007", "\r\nX-Evil: 1", "\u00e9", " "})
  void tokensHeadersCannotCarryAreRefusedWithoutShowingThem(String slip) {
    String token = SECRET + slip;
    assertThatThrownBy(() -> new BearerAuth(token, Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("token").hasMessageNotContaining(SECRET);
    assertThatThrownBy(() -> new HeaderTokenAuth("API-Token", token))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("token").hasMessageNotContaining(SECRET);
    assertThatThrownBy(() -> new BearerAuth("t-1234", Map.of("gtmhub-accountId", "acc" + slip)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gtmhub-accountId");
  }

  @Test
  void defaultHeadersAndUserAgentSuffixesWithLineBreaksAreRefusedByTheSetters() {
    assertThatThrownBy(() -> TestClient.builder().defaultHeader("X-Team", "a\r\nX-Evil: 1"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("defaultHeader X-Team").hasMessageNotContaining("Evil");
    assertThatThrownBy(() -> TestClient.builder().defaultHeader("X Team", "a"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("defaultHeader name");
    assertThatThrownBy(() -> TestClient.builder().userAgentSuffix("app/1\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("userAgentSuffix");
    assertThatThrownBy(() -> TestClient.builder().userAgentSuffix("app\u00a0/1"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("userAgentSuffix");
  }

  @Test
  void basicUserNamesWithAColonAndMalformedUnicodeAreRefused() {
    assertThatThrownBy(() -> new BasicAuth("acme:admin", SECRET))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("username").hasMessageContaining("':'");
    assertThatThrownBy(() -> new BasicAuth("user", SECRET + "\ud800"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("password").hasMessageNotContaining(SECRET);
    // A colon in the password is fine (the server splits at the first one).
    assertThat(new BasicAuth("user", "a:b:c").headers()).containsKey("Authorization");
  }

  @Test
  void idsThatAreNotWellFormedUnicodeAreRefusedBeforeSending() {
    assertThatThrownBy(() -> PathSegments.encode("goal\ud800", "goalId"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("goalId").hasMessageContaining("surrogate");
    assertThatThrownBy(() -> PathSegments.encode("\udc00x", "goalId")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Checks.requireText("q\ud83d", "filter")).isInstanceOf(IllegalArgumentException.class);
    assertThat(PathSegments.encode("\ud83d\ude00", "goalId")).isEqualTo("%F0%9F%98%80");
    assertThat(server.getRequestCount()).isZero();
  }

  /** A scheme of the caller's own that returns a value OkHttp refuses: its message would show the value. */
  private static final AuthScheme CARELESS =
      new AuthScheme() {
        @Override
        public Map<String, String> headers() {
          return Map.of("X-Key", SECRET + "\u00a0");
        }

        @Override
        public String describe() {
          return "Careless";
        }
      };

  @Test
  void okHttpsOwnRefusalIsMappedWithoutTheValueAndNothingReachesStderr() throws Exception {
    PrintStream original = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try (TestClient client = TestClient.builder().baseUrl(server.url("/").toString()).auth(CARELESS).build()) {
      assertThatThrownBy(() -> client.runtime.execute(client.api.get("1")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageNotContaining(SECRET)
          .satisfies(e -> assertThat(e.getCause()).isNull());
      assertThatThrownBy(() -> client.runtime.executeAsync(client.api.get("1")).get(5, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .satisfies(e -> {
            assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class);
            assertThat(e.getCause().getMessage()).doesNotContain(SECRET);
          });
      Thread.sleep(100); // an uncaught exception on the dispatcher thread would print by now
    } finally {
      System.setErr(original);
    }
    // (MockWebServer itself may warn that a connection made no request.)
    assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain(SECRET).doesNotContain("Exception");
    assertThat(server.getRequestCount()).isZero();
  }
}
