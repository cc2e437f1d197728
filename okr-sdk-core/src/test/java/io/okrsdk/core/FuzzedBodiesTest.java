package io.okrsdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.okrsdk.core.internal.auth.BasicAuth;
import io.okrsdk.core.testsupport.JsonMutator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Whatever the body, a call returns a model or throws OkrDecodingException: nothing else. */
class FuzzedBodiesTest {
  private static final String VALID =
      "{\"count\":2,\"next\":null,\"results\":[{\"id\":\"580:a\",\"name\":\"Grow\"},{\"id\":\"580:b\",\"name\":null}]}";

  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void everyMutationDecodesOrFailsAsDecodingError() {
    List<String> bodies = new JsonMutator(20261123L).variants(VALID, 300);
    int decoded = 0;
    try (TestClient client =
        TestClient.builder().baseUrl(server.url("/").toString()).auth(new BasicAuth("u", "p")).maxRetries(0).build()) {
      for (String body : bodies) {
        server.enqueue(new MockResponse.Builder().body(body).build());
        Throwable failure = catchThrowable(() -> client.runtime.execute(client.api.list(10, 0)));
        if (failure == null) {
          decoded++;
        } else {
          assertThat(failure).as("body: %.200s", body).isInstanceOf(OkrDecodingException.class);
        }
      }
    }
    assertThat(decoded).as("some mutations are valid-but-odd and must still decode").isPositive();
    assertThat(decoded).isLessThan(bodies.size());
  }
}
