package io.okrsdk.testing.ogsm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.UnauthorizedException;
import io.okrsdk.ogsm.OgsmClient;
import io.okrsdk.testing.FakeOgsmServer;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** HTTP Basic credentials are checked on every endpoint, as on the real service. */
class FakeOgsmAuthTest {
  @RegisterExtension final FakeOgsmServer ogsm = new FakeOgsmServer();

  @Test
  void theFakesCredentialsAreAccepted(OgsmClient client) {
    assertThat(client.goals().listAll()).isNotEmpty();
  }

  @Test
  void aWrongPasswordIs401() {
    try (OgsmClient client = ogsm.clientBuilder().credentials(FakeOgsmServer.USERNAME, "wrong").build()) {
      assertThatThrownBy(() -> client.goals().listAll())
          .isInstanceOfSatisfying(UnauthorizedException.class, e -> assertThat(e.statusCode()).isEqualTo(401));
    }
  }

  @Test
  void aWrongUserIs401() {
    try (OgsmClient client = ogsm.clientBuilder().credentials("someone", FakeOgsmServer.PASSWORD).build()) {
      assertThatThrownBy(() -> client.actions().listAll()).isInstanceOf(UnauthorizedException.class);
    }
  }

  @Test
  void aCreateWithWrongCredentialsIs401AndStoresNothing() {
    try (OgsmClient client = ogsm.clientBuilder().credentials(FakeOgsmServer.USERNAME, "wrong").build()) {
      assertThatThrownBy(() -> client.goalMeasurements().create(123, LocalDate.of(2024, 10, 9), BigDecimal.ONE))
          .isInstanceOf(UnauthorizedException.class);
    }
    assertThat(ogsm.store().goalMeasurements()).containsExactly(OgsmExamples.goalMeasurement());
  }

  @Test
  void noCredentialsIs401WithABasicChallenge() {
    try (RawHttp http = new RawHttp(ogsm)) {
      RawHttp.Answer answer = http.getWithoutCredentials("api/v2/goals.json");

      assertThat(answer.status).isEqualTo(401);
      assertThat(answer.wwwAuthenticate).startsWith("Basic");
      assertThat(answer.body).doesNotContain("Goal title");
    }
  }

  @Test
  void unknownPathsAsk401BeforeSaying404() {
    try (RawHttp http = new RawHttp(ogsm)) {
      assertThat(http.getWithoutCredentials("api/v2/unknown.json").status).isEqualTo(401);
    }
  }
}
