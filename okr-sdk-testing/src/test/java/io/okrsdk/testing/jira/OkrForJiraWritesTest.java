package io.okrsdk.testing.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.ForbiddenException;
import io.okrsdk.core.NotFoundException;
import io.okrsdk.core.json.OpenEnum;
import io.okrsdk.jira.query.KeyResultExpand;
import io.okrsdk.jira.OkrForJiraClient;
import io.okrsdk.jira.query.UpdateHistoryQuery;
import io.okrsdk.jira.model.KeyResult;
import io.okrsdk.jira.model.KeyResultUpdateRequest;
import io.okrsdk.jira.model.OkrStatus;
import io.okrsdk.jira.model.OkrUpdate;
import io.okrsdk.jira.model.UpdateSource;
import io.okrsdk.testing.FakeOkrForJiraServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The two update methods: answers, their effect on the history and the entity, and refusals. */
class OkrForJiraWritesTest {
  private static final String O_2 = "5fda249d289742000406b3e4";
  private static final String KR_3 = "605480b190c42b0003385170";
  private static final String KR_4_AUTOMATIC = "6061e921e2f4470003bc3210";

  @RegisterExtension final FakeOkrForJiraServer jira = new FakeOkrForJiraServer();

  @Test
  void anObjectiveUpdateIsAnswered201AndLeadsTheHistory(OkrForJiraClient client) {
    OkrUpdate created = client.updates().objective(O_2, OkrStatus.ACTION_REQUIRED, "<p>Blocked by hiring</p>");

    assertThat(created.updateId()).isPresent();
    assertThat(created.entityId()).contains(O_2);
    assertThat(created.status().orElseThrow().is(OkrStatus.ACTION_REQUIRED)).isTrue();
    assertThat(created.displayedStatus()).contains("Off Track");
    assertThat(created.source().orElseThrow().is(UpdateSource.API)).isTrue();
    List<OkrUpdate> history = client.updates().history(UpdateHistoryQuery.forEntity(O_2)).toList();
    assertThat(history).hasSize(2);
    assertThat(history.get(0)).isEqualTo(created);
    assertThat(client.okrs().objectivesByIds(List.of(O_2), Set.of()).objectives().get(0).latestUpdate().flatMap(u -> u.description()))
        .contains("<p>Blocked by hiring</p>");
  }

  @Test
  void aKeyResultValueMovesItsProgress(OkrForJiraClient client) {
    OkrUpdate created = client.updates().keyResult(KR_3, OkrStatus.ON_TRACK, 7.5, null);

    assertThat(created.value()).contains(7.5);
    assertThat(created.startValue()).contains(0.0);
    assertThat(created.desiredValue()).contains(10.0);
    KeyResult kr3 = client.okrs().keyResultsByIds(List.of(KR_3), Set.of()).keyResults().get(0);
    assertThat(kr3.percentDone()).isEqualTo(75.0);
    assertThat(kr3.latestUpdate().flatMap(u -> u.value())).contains(7.5);
  }

  @Test
  void spacedStatusesAreAcceptedAndAnUnknownOneIsNot() {
    RawHttp raw = new RawHttp(jira);

    RawHttp.Answer spaced =
        raw.post("api/v2/api-update/keyResults", "{\"keyResultId\":\"" + KR_3 + "\",\"status\":\"AT RISK\",\"newValue\":2}");
    RawHttp.Answer underscored = raw.post("api/v2/api-update/objectives", "{\"objectiveId\":\"" + O_2 + "\",\"status\":\"NOT_STARTED\"}");
    RawHttp.Answer unknown = raw.post("api/v2/api-update/objectives", "{\"objectiveId\":\"" + O_2 + "\",\"status\":\"SOMEWHAT FINE\"}");

    assertThat(spaced.status).isEqualTo(201);
    assertThat(spaced.body).contains("\"status\":\"AT_RISK\"", "\"displayedStatus\":\"At Risk\"", "\"value\":2.0");
    assertThat(underscored.status).isEqualTo(201);
    assertThat(unknown.status).isEqualTo(400);
  }

  @Test
  void theSdkSendsTheSpacedSpellingWhenGivenTheOtherOne(OkrForJiraClient client) {
    KeyResultUpdateRequest request =
        KeyResultUpdateRequest.builder().keyResultId(KR_3).status(OpenEnum.of(OkrStatus.class, "NOT_STARTED")).build();

    assertThat(client.updates().keyResult(request).status().orElseThrow().is(OkrStatus.NOT_STARTED)).isTrue();
  }

  @Test
  void aStatusLeftOutKeepsTheCurrentOne(OkrForJiraClient client) {
    OkrUpdate created = client.updates().keyResult(KR_3, null, 5.0, "value only");

    assertThat(created.status().orElseThrow().is(OkrStatus.ON_TRACK)).isTrue();
  }

  @Test
  void aValueForAnAutomaticKeyResultIsRefused403AndNothingIsRecorded(OkrForJiraClient client) {
    assertThatThrownBy(() -> client.updates().keyResult(KR_4_AUTOMATIC, OkrStatus.ON_TRACK, 50.0, null))
        .isInstanceOf(ForbiddenException.class)
        .satisfies(e -> assertThat(((ForbiddenException) e).statusCode()).isEqualTo(403));
    assertThat(client.updates().history(UpdateHistoryQuery.forEntity(KR_4_AUTOMATIC)).toList()).isEmpty();

    OkrUpdate statusOnly = client.updates().keyResult(KR_4_AUTOMATIC, OkrStatus.AT_RISK, null, "status only is fine");
    assertThat(statusOnly.status().orElseThrow().is(OkrStatus.AT_RISK)).isTrue();
  }

  @Test
  void unknownIdsAreAnswered404(OkrForJiraClient client) {
    assertThatThrownBy(() -> client.updates().objective("ffffffffffffffffffffffff", OkrStatus.ON_TRACK, null))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> client.updates().keyResult("ffffffffffffffffffffffff", null, 1.0, null))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void malformedBodiesAreAnswered400() {
    RawHttp raw = new RawHttp(jira);

    assertThat(raw.post("api/v2/api-update/objectives", "{}").status).isEqualTo(400);
    assertThat(raw.post("api/v2/api-update/objectives", "[1, 2]").status).isEqualTo(400);
    assertThat(raw.post("api/v2/api-update/objectives", "{not json").status).isEqualTo(400);
    assertThat(raw.post("api/v2/api-update/keyResults", "{\"keyResultId\":\"" + KR_3 + "\",\"newValue\":\"lots\"}").status)
        .isEqualTo(400);
    assertThat(raw.get("api/v2/api-update/objectives").status).isEqualTo(405);
  }

  @Test
  void concurrentWritesAreAllRecordedOnce(OkrForJiraClient client) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<OkrUpdate>> futures = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        double value = i;
        futures.add(pool.submit(() -> client.updates().keyResult(KR_3, OkrStatus.ON_TRACK, value, null)));
      }
      List<String> ids = new ArrayList<>();
      for (Future<OkrUpdate> future : futures) {
        ids.add(future.get().updateId().orElseThrow());
      }

      List<OkrUpdate> history = client.updates().history(UpdateHistoryQuery.forEntity(KR_3)).toList();
      assertThat(history.stream().map(u -> u.updateId().orElseThrow()).collect(Collectors.toSet())).containsAll(ids).hasSize(65);
      KeyResult kr3 = client.okrs().keyResultsByIds(List.of(KR_3), Set.of(KeyResultExpand.OBJECTIVES)).keyResult(KR_3).orElseThrow();
      assertThat(kr3.latestUpdate().flatMap(u -> u.value())).isEqualTo(history.get(0).value());
    } finally {
      pool.shutdownNow();
    }
  }
}
