package io.okrsdk.portable;

import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.jira.OkrForJiraClient;
import io.okrsdk.testing.FakeOkrForJiraServer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** OKR for Jira objectives and key results in the portable model, from the docs' example the fake serves. */
@Timeout(60)
class JiraSourceTest {
  private static final String O2 = "5fda249d289742000406b3e4";

  @RegisterExtension final FakeOkrForJiraServer jira = new FakeOkrForJiraServer();

  @Test
  void theDocsExampleMapsRowByRow(OkrForJiraClient client) {
    Objective o2 = JiraSource.of(client).get(O2).orElseThrow();
    assertThat(o2.source().platform()).isEqualTo(Platform.JIRA);
    assertThat(o2.source().kind()).isEqualTo("objective");
    assertThat(o2.source().key()).hasValue("O-2");
    assertThat(o2.title()).isEqualTo("Become more mature company");
    assertThat(o2.description()).hasValue("This quarter we will be focusing on improving our performance.");
    assertThat(o2.owners()).containsExactly(Owner.ofId("5c12ad9fd3af3b1ccfecbf55"));
    assertThat(o2.progress()).hasValueSatisfying(p -> assertThat(p).isCloseTo(0.0833, org.assertj.core.data.Offset.offset(1e-4)));
    assertThat(o2.rawStatus()).hasValue("ON_TRACK");
    assertThat(o2.status()).isEqualTo(Status.ON_TRACK);
    assertThat(o2.startDate()).hasValue(LocalDate.of(2021, 1, 1));
    assertThat(o2.dueDate()).hasValue(LocalDate.of(2021, 3, 31));
    assertThat(o2.updated()).hasValue(LocalDate.of(2021, 5, 5));
    assertThat(o2.period()).hasValueSatisfying(period -> {
      assertThat(period.id()).isEqualTo("602a6a2717378700039f342a");
      assertThat(period.name()).hasValue("Q1 Y2021");
    });
    assertThat(o2.parentId()).isEmpty();
    assertThat(o2.childIds()).containsExactly("5fdb72c63d2cf000035ceb37", "60743135b347480003dc6a9c", "61f9367df9aa7f0e4024a6fe");
    assertThat(o2.keyResults()).extracting(KeyResult::id).containsExactly("605480b190c42b0003385170", "6061e921e2f4470003bc3210");
  }

  @Test
  void keyResultsCarryTheirProgressDefinitionAndLatestUpdate(OkrForJiraClient client) {
    List<Objective> all = JiraSource.of(client).list(ObjectiveQuery.all());
    Objective o3 = all.stream().filter(o -> o.id().equals("5fdb72c63d2cf000035ceb37")).findFirst().orElseThrow();
    assertThat(o3.parentId()).hasValue(O2);
    KeyResult kr2 = o3.keyResults().get(0);
    assertThat(kr2.source().key()).hasValue("KR-2");
    assertThat(kr2.title()).isEqualTo("adda");
    assertThat(kr2.objectiveId()).isEqualTo("5fdb72c63d2cf000035ceb37");
    assertThat(kr2.rawStatus()).hasValue("AT_RISK");
    assertThat(kr2.status()).isEqualTo(Status.AT_RISK);
    assertThat(kr2.startValue()).hasValue(BigDecimal.valueOf(0.0));
    assertThat(kr2.currentValue()).hasValue(BigDecimal.valueOf(0.0));
    assertThat(kr2.targetValue()).hasValue(BigDecimal.valueOf(22.0));
    assertThat(kr2.progress()).hasValue(0.0);
    assertThat(kr2.startDate()).hasValue(LocalDate.of(2021, 1, 5));
    assertThat(kr2.updated()).hasValue(LocalDate.of(2021, 12, 27));
    assertThat(o3.status()).isEqualTo(Status.AT_RISK); // no update of its own: the key results decide
  }

  @Test
  void periodsMatchByIdOrName(OkrForJiraClient client) {
    JiraSource source = JiraSource.of(client);
    assertThat(source.list(ObjectiveQuery.inPeriod("q1 y2021"))).hasSize(4);
    assertThat(source.list(ObjectiveQuery.inPeriod("602a6a2717378700039f342a"))).hasSize(4);
    assertThat(source.list(ObjectiveQuery.inPeriod("Q2 Y2021"))).isEmpty();
  }

  @Test
  void aWindowKeepsObjectivesSpanningIt(OkrForJiraClient client) {
    // Q1 2021 objectives start before February and end after it: they overlap, so they stay.
    assertThat(JiraSource.of(client).list(ObjectiveQuery.between(LocalDate.of(2021, 2, 1), LocalDate.of(2021, 2, 28)))).isNotEmpty();
    assertThat(JiraSource.of(client).list(ObjectiveQuery.between(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 3, 31)))).isEmpty();
  }

  @Test
  void recordingProgressPostsAKeyResultUpdate(OkrForJiraClient client) {
    JiraSource source = JiraSource.of(client);
    assertThat(source.supports(Capability.RECORD_PROGRESS)).isTrue();
    source.recordProgress(ProgressUpdate.builder().keyResultId("605480b190c42b0003385170").value(new BigDecimal("7"))
        .status(Status.OFF_TRACK).note("blocked on the survey tool").build());
    KeyResult kr3 = source.get(O2).orElseThrow().keyResults().get(0);
    assertThat(kr3.currentValue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("7"));
    assertThat(kr3.rawStatus()).hasValue("ACTION_REQUIRED");
    assertThat(kr3.status()).isEqualTo(Status.OFF_TRACK);
  }

  @Test
  void anUnknownIdIsEmpty(OkrForJiraClient client) {
    assertThat(JiraSource.of(client).get("000000000000000000000000")).isEmpty();
  }
}
