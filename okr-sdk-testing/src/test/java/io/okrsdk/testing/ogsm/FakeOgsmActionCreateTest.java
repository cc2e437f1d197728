package io.okrsdk.testing.ogsm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.NotFoundException;
import io.okrsdk.ogsm.OgsmClient;
import io.okrsdk.ogsm.model.Action;
import io.okrsdk.ogsm.model.NewAction;
import io.okrsdk.ogsm.model.Reference;
import io.okrsdk.ogsm.model.TrafficLight;
import io.okrsdk.testing.FakeOgsmServer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Creating actions on the fake: ids, listing, unknown strategies and bad bodies. */
@Timeout(20)
class FakeOgsmActionCreateTest {
  private static final String ACTIONS = "api/v2/actions.json";

  @RegisterExtension final FakeOgsmServer ogsm = new FakeOgsmServer();

  @Test
  void aCreatedActionGetsANewIdAndShowsUpInTheList(OgsmClient client) {
    Action created = client.actions().create(NewAction.builder()
        .title("Run the spring campaign")
        .strategies(List.of(Reference.of(OgsmExamples.ID)))
        .start(LocalDate.of(2024, 3, 1))
        .due(LocalDate.of(2024, 5, 31))
        .trafficLight(TrafficLight.ORANGE)
        .build());

    assertThat(created.id()).isEqualTo(OgsmExamples.ID + 1);
    assertThat(created.title()).isEqualTo("Run the spring campaign");
    assertThat(created.strategies()).containsExactly(Reference.of(OgsmExamples.ID));
    assertThat(created.due()).contains(LocalDate.of(2024, 5, 31));
    assertThat(client.actions().listAll()).containsExactly(OgsmExamples.action(), created);
  }

  @Test
  void anUnknownStrategyIsNotFoundAndNothingIsStored(OgsmClient client) {
    assertThatThrownBy(() -> client.actions().create(NewAction.builder().title("t").strategies(List.of(Reference.of(999))).build()))
        .isInstanceOf(NotFoundException.class);
    assertThat(ogsm.store().actions()).containsExactly(OgsmExamples.action());
  }

  @Test
  void theDocumentedObjectIsAcceptedAndBadBodiesAreRefused() {
    try (RawHttp http = new RawHttp(ogsm)) {
      RawHttp.Answer documented = http.postJson(ACTIONS,
          "{\"title\": \"Action title\", \"labels\": [{\"name\": \"label 1\"}], \"strategies\": [{\"id\": 123}],"
              + " \"status\": {\"name\": \"doing\"}, \"traffic_light\": \"green\", \"progress\": 50}");
      assertThat(documented.status).isEqualTo(201);
      assertThat(documented.body).contains("\"id\":124", "\"title\":\"Action title\"", "\"traffic_light\":\"green\"");

      assertThat(http.postJson(ACTIONS, "{\"description\": \"no title\"}").status).isEqualTo(422);
      assertThat(http.postJson(ACTIONS, "{\"title\": ").status).isEqualTo(400);
      assertThat(http.send("POST", ACTIONS, "text/plain", "{\"title\": \"x\"}").status).isEqualTo(400);
    }
    assertThat(ogsm.store().actions()).hasSize(2);
  }
}
