package io.okrsdk.testing.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.okrsdk.core.OkrApiException;
import io.okrsdk.core.testsupport.Fixtures;
import io.okrsdk.perform.PerformClient;
import io.okrsdk.perform.model.Goal;
import io.okrsdk.testing.FakePerformServer;
import io.okrsdk.testing.NoDelayServerSocketFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Credentials go only to the base URL's origin, with each platform's real client and auth scheme
 * (Basic for Perform and OGSM, Bearer plus account id for Gtmhub, {@code API-Token} for Jira): a
 * redirected read (302) arrives at another server without them, a redirected write (307) is not
 * followed at all (its body is sent once), and Perform's absolute {@code next} link to another
 * host is refused before anything is sent, while even a hand-made request to such a link would
 * carry no credentials.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class CrossOriginCredentialsTest {
  private final MockWebServer origin = newServer();
  private final MockWebServer elsewhere = newServer();

  private static MockWebServer newServer() {
    MockWebServer server = new MockWebServer();
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    return server;
  }

  @BeforeEach
  void start() throws IOException {
    origin.start(InetAddress.getLoopbackAddress(), 0);
    elsewhere.start(InetAddress.getLoopbackAddress(), 0);
  }

  @AfterEach
  void stop() {
    origin.close();
    elsewhere.close();
  }

  private static void assertCarriesCredentials(RecordedRequest request, Platform platform) {
    Headers headers = request.getHeaders();
    for (String name : platform.credentialHeaders()) {
      assertThat(headers.get(name)).as("%s at the origin", name).isNotBlank();
    }
  }

  private static void assertCarriesNoCredentials(RecordedRequest request, Platform platform) {
    Headers headers = request.getHeaders();
    for (String name : platform.credentialHeaders()) {
      assertThat(headers.get(name)).as("%s sent to another origin", name).isNull();
    }
    String all = headers.toString() + (request.getBody() == null ? "" : request.getBody().utf8());
    for (String secret : platform.secrets()) {
      assertThat(all).doesNotContain(secret);
    }
  }

  /** A URL on the other server, by IP address rather than the origin's host name: another host and port. */
  private String elsewhereUrl(String path) {
    return elsewhere.url(path).newBuilder().host("127.0.0.1").build().toString();
  }

  private static MockResponse redirect(int status, String location) {
    return new MockResponse.Builder().code(status).addHeader("Location", location).build();
  }

  @ParameterizedTest
  @EnumSource(Platform.Kind.class)
  void aRedirectedReadReachesTheOtherServerWithoutCredentials(Platform.Kind kind) throws Exception {
    try (Platform platform = kind.start();
        Platform.Calls calls = platform.open(origin.url("/").toString(), builder -> builder.maxRetries(0))) {
      origin.enqueue(redirect(302, elsewhereUrl("/landing")));
      elsewhere.enqueue(new MockResponse.Builder().code(404).body("{}").build());

      catchThrowable(calls::read);

      assertCarriesCredentials(origin.takeRequest(5, TimeUnit.SECONDS), platform);
      RecordedRequest redirected = elsewhere.takeRequest(5, TimeUnit.SECONDS);
      assertThat(redirected).as("the redirect was followed").isNotNull();
      assertThat(redirected.getUrl().encodedPath()).isEqualTo("/landing");
      assertCarriesNoCredentials(redirected, platform);
    }
  }

  @ParameterizedTest
  @EnumSource(value = Platform.Kind.class, names = {"OGSM", "GTMHUB", "JIRA"})
  void aRedirectedWriteIsNotFollowedToTheOtherServer(Platform.Kind kind) throws Exception {
    try (Platform platform = kind.start();
        Platform.Calls calls = platform.open(origin.url("/").toString(), builder -> builder.maxRetries(0))) {
      origin.enqueue(redirect(307, elsewhereUrl("/landing")));
      elsewhere.enqueue(new MockResponse.Builder().code(404).body("{}").build());

      Throwable failure = catchThrowable(() -> calls.write(1));

      // A one-shot body is not sent again: the redirect is the caller's answer.
      assertThat(failure).isInstanceOfSatisfying(OkrApiException.class, e -> assertThat(e.statusCode()).isEqualTo(307));
      assertCarriesCredentials(origin.takeRequest(5, TimeUnit.SECONDS), platform);
      assertThat(elsewhere.getRequestCount()).isZero();
    }
  }

  @Test
  void performDoesNotFollowAnAbsoluteNextLinkToAnotherHostAndGoesOnByOffsetAtHome() throws Exception {
    String goal = Fixtures.read("fuzz/perform-goal.json");
    String next = elsewhereUrl("/api/v2/goals/?limit=1&offset=1");
    origin.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
        .body("{\"count\": 2, \"next\": \"" + next + "\", \"previous\": null, \"results\": [" + goal + "]}").build());
    origin.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
        .body("{\"count\": 2, \"next\": null, \"previous\": null, \"results\": [" + goal + "]}").build());
    elsewhere.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
        .body("{\"count\": 2, \"next\": null, \"previous\": null, \"results\": [" + goal + "]}").build());

    try (PerformClient client = PerformClient.builder().baseUrl(origin.url("/").toString())
        .credentials(FakePerformServer.USERNAME, FakePerformServer.API_KEY).maxRetries(0).build()) {
      List<Goal> seen = new ArrayList<>();
      client.goals().list(1).forEach(seen::add);

      assertThat(seen).hasSize(2);
      assertThat(elsewhere.getRequestCount()).isZero();
      assertThat(origin.getRequestCount()).isEqualTo(2);

      // A request made by hand cannot name that link at all: paths stay under the base URL.
      assertThatThrownBy(() -> client.request("GET", next)).isInstanceOf(IllegalArgumentException.class);
      assertThat(elsewhere.getRequestCount()).isZero();
    }
    try (Platform platform = Platform.Kind.PERFORM.start()) {
      assertCarriesCredentials(origin.takeRequest(5, TimeUnit.SECONDS), platform);
      RecordedRequest byOffset = origin.takeRequest(5, TimeUnit.SECONDS);
      assertThat(byOffset.getTarget()).isEqualTo("/api/v2/goals/?limit=1&offset=1");
      assertCarriesCredentials(byOffset, platform);
    }
  }
}
