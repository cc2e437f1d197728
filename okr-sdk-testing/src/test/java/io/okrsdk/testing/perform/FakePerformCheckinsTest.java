package io.okrsdk.testing.perform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.NotFoundException;
import io.okrsdk.perform.query.CheckinQuery;
import io.okrsdk.perform.PerformClient;
import io.okrsdk.perform.model.Checkin;
import io.okrsdk.perform.model.CheckinDetail;
import io.okrsdk.perform.model.CheckinPage;
import io.okrsdk.perform.model.CheckinResponse;
import io.okrsdk.perform.model.ImmutableCheckinDetail;
import io.okrsdk.perform.query.ImmutableCheckinQuery;
import io.okrsdk.testing.FakePerformServer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The real PerformClient against the fake: both check-in endpoints and each of the seven filters. */
class FakePerformCheckinsTest {
  private static final String SECOND_EXAMPLE_ID = "580:c9b26b5e-f9b5-4b5f-8525-5b706ce891ba";
  private static final PerformEmployee ADA =
      PerformEmployee.of("Ada Lovelace", "ada@example.org", "Engineering", "Grace Hopper", "grace@example.org");
  private static final PerformEmployee BOB =
      PerformEmployee.of("Bob Marley", "bob@example.org", "Engineering", "Linus Pauling", "linus@example.org");
  private static final PerformEmployee CLEO =
      PerformEmployee.of("Cleo Park", "cleo@example.org", "Legal", "Grace Hopper", "grace@example.org");

  @RegisterExtension final FakePerformServer perform = new FakePerformServer();

  @BeforeEach
  void addKnownCheckins() {
    perform
        .addCheckin(checkin("580:c1", ADA, "2024-03-01T09:00:00Z"), ADA)
        .addCheckin(checkin("580:c2", ADA, "2024-03-31T23:30:00-05:00"), ADA)
        .addCheckin(checkin("580:c3", BOB, "2024-04-01T00:10:00.5+02:00"), BOB)
        .addCheckin(checkin("580:c4", CLEO, null), CLEO)
        .addCheckin(checkin("580:c5", CLEO, "2024-05-15T12:00:00+01:00"), CLEO);
  }

  static Stream<Arguments> filters() {
    return Stream.of(
        Arguments.of("no filter", CheckinQuery.all(),
            List.of(FakePerformServer.EXAMPLE_CHECKIN_ID, SECOND_EXAMPLE_ID, "580:c1", "580:c2", "580:c3", "580:c4",
                "580:c5")),
        Arguments.of("date_from", query().dateFrom(LocalDate.of(2024, 4, 1)).build(),
            List.of(FakePerformServer.EXAMPLE_CHECKIN_ID, SECOND_EXAMPLE_ID, "580:c3", "580:c5")),
        Arguments.of("date_to", query().dateTo(LocalDate.of(2024, 3, 31)).build(), List.of("580:c1", "580:c2")),
        Arguments.of("one day, in the submission's own offset",
            query().dateFrom(LocalDate.of(2024, 3, 31)).dateTo(LocalDate.of(2024, 3, 31)).build(), List.of("580:c2")),
        Arguments.of("date_from and date_to",
            query().dateFrom(LocalDate.of(2024, 4, 1)).dateTo(LocalDate.of(2024, 12, 31)).build(),
            List.of("580:c3", "580:c5")),
        Arguments.of("department", query().department("Engineering").build(), List.of("580:c1", "580:c2", "580:c3")),
        Arguments.of("department ignoring case", query().department("engineering").build(),
            List.of("580:c1", "580:c2", "580:c3")),
        Arguments.of("manager_email", query().managerEmail("grace@example.org").build(),
            List.of("580:c1", "580:c2", "580:c4", "580:c5")),
        Arguments.of("manager_name", query().managerName("Linus Pauling").build(), List.of("580:c3")),
        Arguments.of("person_email", query().personEmail("CLEO@example.org").build(), List.of("580:c4", "580:c5")),
        Arguments.of("person_name", query().personName("Ada Lovelace").build(), List.of("580:c1", "580:c2")),
        Arguments.of("department and manager_name",
            query().department("Engineering").managerName("Grace Hopper").build(), List.of("580:c1", "580:c2")),
        Arguments.of("nobody", query().personName("Nobody Known").build(), List.of()),
        Arguments.of("the documentation's request example",
            query()
                .dateFrom(LocalDate.of(2025, 1, 25))
                .department("Research and Development")
                .managerName("Joanne Stefani")
                .personName("Michael Test")
                .build(),
            List.of(FakePerformServer.EXAMPLE_CHECKIN_ID)),
        Arguments.of("the documented employees' manager", query().managerName("Joanne Stefani").build(),
            List.of(FakePerformServer.EXAMPLE_CHECKIN_ID, SECOND_EXAMPLE_ID)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("filters")
  void appliesEachFilter(String name, CheckinQuery query, List<String> expected, PerformClient client) {
    assertThat(ids(client.checkins().list(query, 2).toList())).isEqualTo(expected);
    assertThat(client.checkins().listPage(query, 100, 0).count()).isEqualTo(expected.size());
  }

  @Test
  void getsTheDocumentedCheckinWithItsResponse(PerformClient client) {
    CheckinDetail checkin = client.checkins().get(FakePerformServer.EXAMPLE_CHECKIN_ID);

    assertThat(checkin.deadlineDate()).hasValue(OffsetDateTime.parse("2025-04-12T00:59:59+01:00"));
    assertThat(checkin.submissionDate()).hasValue(OffsetDateTime.parse("2025-04-11T12:06:00.882601+01:00"));
    assertThat(checkin.overdue()).hasValue(false);
    assertThat(checkin.isAdhoc()).hasValue(true);
    assertThat(checkin.responses()).hasSize(1);
    CheckinResponse response = checkin.responses().get(0);
    assertThat(response.apiId()).isEqualTo("580:62a8f61c-88ba-40b6-816a-bf2625db106a");
    assertThat(response.personName()).hasValue("Michael Test");
    assertThat(response.personEmail()).hasValue("mtest@test.com");
    assertThat(response.personDepartment()).hasValue("Research and Development");
    assertThat(response.personApiId()).hasValue("580:f88ab8b9-4e41-4025-ad77-519006ba855f");
    assertThat(response.personProperties()).isEmpty();
    assertThat(checkin).isEqualTo(perform.store().checkin(FakePerformServer.EXAMPLE_CHECKIN_ID).orElseThrow());
  }

  @Test
  void listsCheckinsWithoutTheirResponses(PerformClient client) {
    List<Checkin> listed = client.checkins().list().toList();

    assertThat(listed).hasSize(7);
    Checkin first = listed.get(0);
    assertThat(first).isNotInstanceOf(CheckinDetail.class);
    assertThat(first.submissionDate()).hasValue(OffsetDateTime.parse("2025-04-11T12:06:00.882601+01:00"));
    assertThat(listed.get(5).submissionDate()).isEmpty();
  }

  @Test
  void answersAnUnknownCheckinWith404(PerformClient client) {
    assertThatThrownBy(() -> client.checkins().get("580:no-such-checkin")).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> client.checkins().get(FakePerformServer.EXAMPLE_GOAL_ID))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void nextLinksKeepTheFilters(PerformClient client) {
    CheckinPage page = client.checkins().listPage(query().department("Engineering").build(), 2, 0);

    assertThat(page.count()).isEqualTo(3);
    assertThat(page.next()).hasValue(perform.baseUrl() + "api/v2/checkins/?department=Engineering&limit=2&offset=2");
  }

  @Test
  void filtersGeneratedCheckinsLikeAPlainSearch() {
    try (FakePerformServer big = new FakePerformServer().withGeneratedCheckins(1_500);
        PerformClient client = big.newClient()) {
      PerformEmployee someone = big.employees().get(7);
      LocalDate from = LocalDate.of(2025, 3, 1);
      LocalDate to = LocalDate.of(2025, 3, 31);
      assertMatches(big, client, query().department(someone.department()).build(),
          e -> e.department().equals(someone.department()), null, null);
      assertMatches(big, client, query().managerEmail(someone.managerEmail()).build(),
          e -> e.managerEmail().equals(someone.managerEmail()), null, null);
      assertMatches(big, client, query().managerName(someone.managerName()).build(),
          e -> e.managerName().equals(someone.managerName()), null, null);
      assertMatches(big, client, query().personEmail(someone.email()).build(), someone::equals, null, null);
      assertMatches(big, client, query().personName(someone.name()).build(), someone::equals, null, null);
      assertMatches(big, client, query().dateFrom(from).dateTo(to).build(), e -> true, from, to);
      assertMatches(big, client, query().dateFrom(to).build(), e -> true, to, null);
      assertMatches(big, client, query().dateTo(from).department(someone.department()).build(),
          e -> e.department().equals(someone.department()), null, from);
    }
  }

  private static void assertMatches(
      FakePerformServer fake, PerformClient client, CheckinQuery query, Predicate<PerformEmployee> employee,
      LocalDate from, LocalDate to) {
    List<String> expected = new ArrayList<>();
    for (CheckinDetail checkin : fake.store().checkins()) {
      boolean dated = from == null && to == null
          || checkin.submissionDate()
              .map(OffsetDateTime::toLocalDate)
              .filter(day -> (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to)))
              .isPresent();
      if (dated && employee.test(fake.store().employeeOf(checkin.apiId()).orElseThrow())) {
        expected.add(checkin.apiId());
      }
    }
    assertThat(expected).as(query.toString()).isNotEmpty();
    assertThat(ids(client.checkins().list(query, 40).toList())).as(query.toString()).isEqualTo(expected);
  }

  private static ImmutableCheckinQuery.Builder query() {
    return CheckinQuery.builder();
  }

  private static List<String> ids(List<Checkin> checkins) {
    return checkins.stream().map(Checkin::apiId).collect(Collectors.toList());
  }

  /** A check-in submitted at the given time with the employee's response, or overdue when {@code null}. */
  private static CheckinDetail checkin(String id, PerformEmployee employee, String submitted) {
    ImmutableCheckinDetail.Builder checkin = CheckinDetail.builder()
        .apiId(id)
        .deadlineDate(OffsetDateTime.parse("2024-06-30T12:00:00+01:00"))
        .overdue(submitted == null)
        .onVacation(false)
        .isAdhoc(false);
    if (submitted != null) {
      checkin.submissionDate(OffsetDateTime.parse(submitted))
          .addResponses(CheckinResponse.builder()
              .apiId(id + "-response")
              .responseDate(OffsetDateTime.parse(submitted))
              .personName(employee.name())
              .personApiId(employee.apiId())
              .personEmail(employee.email())
              .personDepartment(employee.department())
              .build());
    }
    return checkin.build();
  }
}
