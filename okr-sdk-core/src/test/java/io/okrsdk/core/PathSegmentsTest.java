package io.okrsdk.core;

import io.okrsdk.core.internal.Checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.internal.PathSegments;
import io.okrsdk.core.internal.auth.BasicAuth;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PathSegmentsTest {
  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void encodesEverythingButUnreservedCharacters() {
    assertThat(PathSegments.encode("580:fef0d7fb-1a", "apiId")).isEqualTo("580%3Afef0d7fb-1a");
    assertThat(PathSegments.encode("a/b?c#d%e f", "id")).isEqualTo("a%2Fb%3Fc%23d%25e%20f");
    assertThat(PathSegments.encode("..a", "id")).isEqualTo("..a");
    assertThat(PathSegments.encode("é", "id")).isEqualTo("%C3%A9");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", ".", ".."})
  void refusesIdsThatCannotNameAResource(String id) {
    assertThatThrownBy(() -> PathSegments.encode(id, "goalId"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("goalId");
  }

  @Test
  void refusesNull() {
    assertThatThrownBy(() -> PathSegments.encode(null, "goalId")).hasMessage("goalId is required but was null");
    assertThatThrownBy(() -> Checks.requireText(" ", "comment")).hasMessage("comment is required but was blank");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a/../../admin", "x?admin=1", "x#frag", "100%", "580:abc", "../etc"})
  void hostileIdsStayOneSegment(String id) throws Exception {
    server.enqueue(new MockResponse.Builder().body("{\"id\":\"1\"}").build());
    try (TestClient client = TestClient.builder().baseUrl(server.url("/").toString()).auth(new BasicAuth("u", "p")).build()) {
      client.runtime.execute(client.api.get(PathSegments.encode(id, "id")));
    }
    var request = server.takeRequest();
    assertThat(request.getUrl().pathSegments()).hasSize(3).first().isEqualTo("items");
    assertThat(request.getUrl().pathSegments().get(1)).isEqualTo(id);
    assertThat(request.getUrl().querySize()).isZero();
  }
}
