package io.okrsdk.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.BadRequestException;
import io.okrsdk.core.OkrDecodingException;
import io.okrsdk.core.UnauthorizedException;
import io.okrsdk.core.testsupport.RecordingSleeper;
import io.okrsdk.jira.model.KeyResultUpdateRequest;
import io.okrsdk.jira.model.ObjectiveUpdateRequest;
import io.okrsdk.jira.model.OkrStatus;
import io.okrsdk.jira.query.DateWindow;
import io.okrsdk.jira.query.UpdateCommentQuery;
import io.okrsdk.jira.query.UpdateHistoryQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Arguments refused before anything is sent; bodies and statuses that are not what the docs promise. */
class BadInputTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private OkrForJiraClient client;

  @BeforeEach
  void setUp() {
    client = TestClients.forServer(server, new RecordingSleeper());
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private void refusedBeforeSending(Executable call, String message) {
    assertThatThrownBy(call::execute).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void nullOrBlankIdsAreRefusedBeforeSending() {
    refusedBeforeSending(() -> client.okrs().objectivesByIds(null, Set.of()), "objectiveIds is required but was null");
    refusedBeforeSending(() -> client.okrs().objectivesByIds(List.of(), Set.of()), "at least one id");
    refusedBeforeSending(() -> client.okrs().objectivesByIds(Arrays.asList("a", null), Set.of()), "was null");
    refusedBeforeSending(() -> client.okrs().keyResultsByIds(List.of(" "), Set.of()), "was blank");
    refusedBeforeSending(() -> client.okrs().keyResultsByIdsAsync(List.of(""), Set.of()), "was blank");
    refusedBeforeSending(() -> client.okrs().objectivesByIdsAsync(List.of("a,b"), Set.of()), "must not contain a comma");
    refusedBeforeSending(() -> client.updates().objective(null, OkrStatus.ON_TRACK, null), "objectiveId");
    refusedBeforeSending(() -> client.updates().objectiveAsync(" ", OkrStatus.ON_TRACK, null), "objectiveId");
    refusedBeforeSending(() -> client.updates().keyResult("", null, 1.0, null), "keyResultId");
    refusedBeforeSending(() -> client.updates().keyResultAsync(null, null, 1.0, null), "keyResultId");
    refusedBeforeSending(() -> client.updates().keyResult("k1", null, Double.NaN, null), "finite");
    refusedBeforeSending(() -> UpdateHistoryQuery.forEntity(" "), "entityId");
    refusedBeforeSending(() -> UpdateCommentQuery.forUpdates("u1", null), "updateId");
  }

  @Test
  void requestModelsRefuseBlankIds() {
    assertThatThrownBy(() -> ObjectiveUpdateRequest.builder().objectiveId(" ").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KeyResultUpdateRequest.builder().keyResultId("").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KeyResultUpdateRequest.builder().build()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void nullArgumentsAreRefusedBeforeSending() {
    assertThatThrownBy(() -> client.okrs().objectivesByDate(null, Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("window is required but was null");
    assertThatThrownBy(() -> client.okrs().keyResultsByDate(DateWindow.between(Instant.EPOCH, Instant.EPOCH), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.updates().history(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.updates().objective(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DateWindow.between((Instant) null, Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("start is required but was null");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void queryBoundsAreChecked() {
    assertThatThrownBy(() -> UpdateHistoryQuery.builder().pageSize(0).build()).hasMessageContaining("between 1 and 1000");
    assertThatThrownBy(() -> UpdateCommentQuery.builder().pageSize(1001).build()).hasMessageContaining("between 1 and 1000");
    assertThatThrownBy(() -> UpdateCommentQuery.builder().addUpdateIds(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("updateId");
    assertThat(UpdateHistoryQuery.builder().pageSize(1000).build().pageSize()).hasValue(1000);
    assertThatThrownBy(
            () -> UpdateHistoryQuery.builder().laterThan(Instant.ofEpochMilli(5)).earlierThan(Instant.ofEpochMilli(5)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("open");
    assertThatThrownBy(() -> DateWindow.between(Instant.ofEpochMilli(2), Instant.ofEpochMilli(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aMalformedBodyIsADecodingException() {
    server.enqueue(TestClients.json("{\"okrs\": [ {\"id\": \"x\", "));

    assertThatThrownBy(() -> client.okrs().objectivesByIds(List.of("x"), Set.of()))
        .isInstanceOf(OkrDecodingException.class);
  }

  @Test
  void aWrongTypeIsADecodingExceptionNamingThePath() {
    server.enqueue(TestClients.json("{\"okrs\":[{\"id\":\"x\",\"key\":\"O-1\",\"name\":\"n\",\"percentDone\":\"lots\"}]}"));

    assertThatThrownBy(() -> client.okrs().objectivesByIds(List.of("x"), Set.of()))
        .isInstanceOfSatisfying(
            OkrDecodingException.class, e -> assertThat(e.jsonPath()).hasValueSatisfying(path -> assertThat(path).contains("okrs[0]")));
  }

  @Test
  void aMissingRequiredFieldIsADecodingException() {
    server.enqueue(TestClients.json("{\"krs\":[{\"id\":\"k\",\"name\":\"no key\"}]}"));

    assertThatThrownBy(() -> client.okrs().keyResultsByIds(List.of("k"), Set.of()))
        .isInstanceOf(OkrDecodingException.class)
        .hasMessageContaining("key");
  }

  @Test
  void aBadTimestampIsADecodingExceptionAsyncToo() {
    server.enqueue(TestClients.json("{\"periods\":[{\"id\":\"p\",\"startDate\":\"first of January\"}]}"));

    assertThatThrownBy(() -> client.okrs().keyResultsByIdsAsync(List.of("k"), Set.of()).get())
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(OkrDecodingException.class);
  }

  @Test
  void unknownStatusesAndFieldsAreKeptAndIgnored() {
    server.enqueue(
        TestClients.json(
            "{\"okrs\":[{\"id\":\"x\",\"key\":\"O-1\",\"name\":\"n\",\"brandNew\":[1,2],"
                + "\"latestUpdate\":{\"status\":\"PAUSED\"}}],\"somethingElse\":{}}"));

    OkrGraph graph = client.okrs().objectivesByIds(List.of("x"), Set.of());

    var status = graph.objectives().get(0).latestUpdate().orElseThrow().status().orElseThrow();
    assertThat(status.isKnown()).isFalse();
    assertThat(status.value()).isEqualTo("PAUSED");
    assertThat(graph.objectives().get(0).percentDone()).isZero();
  }

  @Test
  void aMissingTokenAnswerIsABadRequestException() {
    server.enqueue(TestClients.json(400, "{\"message\":\"API-Token header is missing\"}"));

    assertThatThrownBy(() -> client.okrs().objectivesByIds(List.of("x"), Set.of()))
        .isInstanceOfSatisfying(BadRequestException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(400);
          assertThat(e.errorBody()).contains("API-Token header is missing");
          assertThat(e.getMessage()).doesNotContain(TestClients.TOKEN);
        });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void anInvalidTokenAnswerIsAnUnauthorizedException() {
    server.enqueue(TestClients.json(401, "{\"message\":\"Invalid token\"}"));

    assertThatThrownBy(() -> client.updates().history(UpdateHistoryQuery.all()).toList())
        .isInstanceOfSatisfying(UnauthorizedException.class, e -> assertThat(e.statusCode()).isEqualTo(401));
  }

  @Test
  void idsGivenAsAMutableCollectionAreCopied() throws Exception {
    server.enqueue(TestClients.json("{}"));
    List<String> ids = new ArrayList<>(List.of("a", "b"));

    var future = client.okrs().objectivesByIdsAsync(ids, Set.of());
    ids.add("c");
    future.get();

    assertThat(server.takeRequest().getUrl().queryParameter("objectiveIds")).isEqualTo("a,b");
  }
}
