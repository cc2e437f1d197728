package io.okrsdk.portable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The portable model's own rules: fractions stay fractions, owners say who, windows overlap as documented. */
@Timeout(10)
class ModelTest {
  private static SourceRef ref(String id) {
    return SourceRef.builder().platform(Platform.GTMHUB).id(id).kind("goal").build();
  }

  private static Objective objective(LocalDate start, LocalDate due) {
    return Objective.builder().source(ref("o")).title("t").status(Status.UNKNOWN)
        .startDate(Optional.ofNullable(start)).dueDate(Optional.ofNullable(due)).build();
  }

  @Test
  void progressOutsideZeroToOneIsRefused() {
    assertThatThrownBy(() -> Objective.builder().source(ref("o")).title("t").status(Status.DONE).progress(1.2).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("0 to 1");
    assertThatThrownBy(() -> KeyResult.builder().source(ref("k")).objectiveId("o").title("t").status(Status.DONE)
        .progress(Double.NaN).build()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void derivedProgressIsCappedAndWorksForFallingTargets() {
    assertThat(Progress.between(Optional.of(BigDecimal.valueOf(70)), Optional.of(BigDecimal.valueOf(58)), Optional.of(BigDecimal.valueOf(45))))
        .hasValueSatisfying(p -> assertThat(p).isCloseTo(0.48, org.assertj.core.data.Offset.offset(1e-9)));
    assertThat(Progress.between(Optional.empty(), Optional.of(BigDecimal.TEN), Optional.of(BigDecimal.ONE))).hasValue(1.0);
    assertThat(Progress.between(Optional.empty(), Optional.of(BigDecimal.ONE.negate()), Optional.of(BigDecimal.ONE))).hasValue(0.0);
    assertThat(Progress.between(Optional.of(BigDecimal.ONE), Optional.of(BigDecimal.ONE), Optional.of(BigDecimal.ONE))).isEmpty();
    assertThat(Progress.between(Optional.empty(), Optional.empty(), Optional.of(BigDecimal.ONE))).isEmpty();
  }

  @Test
  void anOwnerMustSayWhoItIs() {
    assertThatThrownBy(() -> Owner.builder().build()).hasMessageContaining("id, a name or an e-mail");
    assertThat(Owner.builder().id("u1").email("a@example.com").build().label()).isEqualTo("a@example.com");
    assertThat(Owner.ofId("u1").label()).isEqualTo("u1");
  }

  @Test
  void aWindowKeepsWhatOverlapsItAndWhatHasNoDates() {
    ObjectiveQuery q1 = ObjectiveQuery.between(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));
    assertThat(q1.overlaps(objective(LocalDate.of(2024, 12, 1), LocalDate.of(2025, 1, 1)))).isTrue();
    assertThat(q1.overlaps(objective(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 6, 30)))).isTrue();
    assertThat(q1.overlaps(objective(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 31)))).isFalse();
    assertThat(q1.overlaps(objective(LocalDate.of(2025, 4, 1), null))).isFalse();
    assertThat(q1.overlaps(objective(null, null))).isTrue();
    assertThatThrownBy(() -> ObjectiveQuery.between(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before it starts");
  }

  @Test
  void objectivesWithoutTheirOwnStatusTakeTheWorstOfTheirKeyResults() {
    assertThat(Statuses.rollUp(List.of())).isEqualTo(Status.UNKNOWN);
    assertThat(Statuses.rollUp(List.of(kr(Status.ON_TRACK), kr(Status.AT_RISK), kr(Status.DONE)))).isEqualTo(Status.AT_RISK);
    assertThat(Statuses.rollUp(List.of(kr(Status.AT_RISK), kr(Status.OFF_TRACK), kr(Status.ON_TRACK)))).isEqualTo(Status.OFF_TRACK);
    assertThat(Statuses.rollUp(List.of(kr(Status.DONE), kr(Status.DONE)))).isEqualTo(Status.DONE);
    assertThat(Statuses.rollUp(List.of(kr(Status.NOT_STARTED), kr(Status.NOT_STARTED)))).isEqualTo(Status.NOT_STARTED);
    assertThat(Statuses.rollUp(List.of(kr(Status.UNKNOWN), kr(Status.NOT_STARTED)))).isEqualTo(Status.UNKNOWN);
  }

  @Test
  void platformsAreNamedAsInTheVariables() {
    assertThat(Platform.fromId(" GTMHUB ")).isEqualTo(Platform.GTMHUB);
    assertThat(Platform.JIRA.id()).isEqualTo("jira");
    assertThatThrownBy(() -> Platform.fromId("asana")).hasMessageContaining("perform, ogsm, gtmhub or jira");
  }

  @Test
  void descriptionsInHtmlBecomePlainText() {
    assertThat(PlainText.of("<p>This quarter &amp; next</p><p></p>")).isEqualTo("This quarter & next");
    assertThat(PlainText.of(Optional.of("<p></p>"))).isEmpty();
  }

  @Test
  void aProgressUpdateNeedsAnId() {
    assertThatThrownBy(() -> ProgressUpdate.of(" ", BigDecimal.ONE)).hasMessageContaining("keyResultId");
  }

  private static KeyResult kr(Status status) {
    return KeyResult.builder().source(ref("k" + status)).objectiveId("o").title("t").status(status).build();
  }
}
