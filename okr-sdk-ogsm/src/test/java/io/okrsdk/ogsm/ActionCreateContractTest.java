package io.okrsdk.ogsm;

import static io.okrsdk.ogsm.OgsmTesting.assertJsonPost;
import static io.okrsdk.ogsm.OgsmTesting.clientFor;
import static io.okrsdk.ogsm.OgsmTesting.fixture;
import static io.okrsdk.ogsm.OgsmTesting.json;
import static io.okrsdk.ogsm.OgsmTesting.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.UnprocessableEntityException;
import io.okrsdk.core.testsupport.RecordingSleeper;
import io.okrsdk.ogsm.model.Action;
import io.okrsdk.ogsm.model.ActionStatus;
import io.okrsdk.ogsm.model.CanvasReference;
import io.okrsdk.ogsm.model.Label;
import io.okrsdk.ogsm.model.NewAction;
import io.okrsdk.ogsm.model.Person;
import io.okrsdk.ogsm.model.Reference;
import io.okrsdk.ogsm.model.TrafficLight;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code POST /api/v2/actions.json}: the exact request and the decoded answer. */
@Timeout(10)
class ActionCreateContractTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private OgsmClient client;

  @BeforeEach
  void setUp() {
    client = clientFor(server, new RecordingSleeper()).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @Test
  void everyFieldOfTheDocumentedObjectIsSentWithoutId() throws Exception {
    server.enqueue(json(201, fixture("action.json")));

    Action created = client.actions().create(NewAction.builder()
        .title("Action title")
        .labels(List.of(Label.builder().name("label 1").build(), Label.builder().name("Label 2").build()))
        .strategies(List.of(Reference.of(456)))
        .description("<p>Description</p>")
        .assignee(Person.builder().name("Firstname Lastname").build())
        .involved(List.of(Person.builder().name("Another name").build()))
        .start(LocalDate.of(2024, 1, 1))
        .due(LocalDate.of(2024, 12, 31))
        .status(ActionStatus.builder().name("doing").build())
        .canvases(List.of(CanvasReference.builder().id(789).rowOrder(91L).build()))
        .trafficLight(TrafficLight.GREEN)
        .progress(new BigDecimal("50"))
        .archived(false)
        .build());

    RecordedRequest request = take(server);
    assertJsonPost(request, "/api/v2/actions.json");
    assertThat(request.getBody().utf8()).isEqualTo(
        "{\"title\":\"Action title\",\"description\":\"<p>Description</p>\","
            + "\"labels\":[{\"name\":\"label 1\"},{\"name\":\"Label 2\"}],\"strategies\":[{\"id\":456}],"
            + "\"assignee\":{\"name\":\"Firstname Lastname\"},\"involved\":[{\"name\":\"Another name\"}],"
            + "\"start\":\"2024-01-01\",\"due\":\"2024-12-31\",\"status\":{\"name\":\"doing\"},"
            + "\"ogsm_canvases\":[{\"id\":789,\"row_order\":91}],\"traffic_light\":\"green\",\"progress\":50,"
            + "\"archived\":false}");
    assertThat(created.id()).isPositive();
    assertThat(created.title()).isNotBlank();
  }

  @Test
  void aTitleAloneIsAllThatIsSent() throws Exception {
    server.enqueue(json(201, fixture("action.json")));

    client.actions().createAsync(NewAction.of("Call the top ten customers")).get(5, TimeUnit.SECONDS);

    assertThat(take(server).getBody().utf8()).isEqualTo("{\"title\":\"Call the top ten customers\"}");
  }

  @Test
  void aRefusedCreateIsReportedAndSentOnce() {
    server.enqueue(json(422, "{\"title\":[\"can't be blank\"]}"));
    server.enqueue(json(201, fixture("action.json")));

    assertThatThrownBy(() -> client.actions().create(NewAction.of("x"))).isInstanceOf(UnprocessableEntityException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void badInputIsRefusedBeforeSending() {
    assertThatThrownBy(() -> NewAction.of(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NewAction.builder().title("t").start(LocalDate.of(2024, 2, 1)).due(LocalDate.of(2024, 1, 1)).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.actions().create(null)).isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }
}
