package io.okrsdk.perform;

import static io.okrsdk.perform.TestServers.BASIC_AUTH;
import static io.okrsdk.perform.TestServers.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.okrsdk.core.testsupport.Fixtures;
import io.okrsdk.perform.model.Checkin;
import io.okrsdk.perform.model.CheckinDetail;
import io.okrsdk.perform.model.CheckinPage;
import io.okrsdk.perform.model.CheckinResponse;
import io.okrsdk.perform.model.PersonProperty;
import io.okrsdk.perform.query.CheckinQuery;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** {@code GET api/v2/checkins/} and {@code GET api/v2/checkins/{api_id}/} against the vendor docs' examples. */
class CheckinsContractTest {
  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void listSendsTheDocsExampleQueryAndDecodesTheDocsExample() throws Exception {
    server.enqueue(json(Fixtures.read("perform/checkins.json")));
    CheckinQuery query =
        CheckinQuery.builder()
            .dateFrom(LocalDate.of(2025, 1, 25))
            .department("Research and Development")
            .managerName("Joanne Stefani")
            .personName("Michael Test")
            .build();
    List<Checkin> checkins;
    try (PerformClient client = TestServers.client(server)) {
      checkins = client.checkins().list(query).toList();
    }

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget())
        .isEqualTo(
            "/api/v2/checkins/?date_from=2025-01-25&department=Research%20and%20Development"
                + "&manager_name=Joanne%20Stefani&person_name=Michael%20Test&limit=100&offset=0");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo(BASIC_AUTH);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(checkins).containsExactly(DocsExamples.firstCheckin(), DocsExamples.secondCheckin());

    Checkin first = checkins.get(0);
    assertThat(first.apiId()).isEqualTo("580:ce417c60-30ca-4e39-967e-b258d496be30");
    assertThat(first.deadlineDate())
        .contains(OffsetDateTime.of(2025, 4, 12, 0, 59, 59, 0, ZoneOffset.ofHours(1)));
    assertThat(first.submissionDate())
        .contains(OffsetDateTime.of(2025, 4, 11, 12, 6, 0, 882_601_000, ZoneOffset.ofHours(1)));
    assertThat(first.overdue()).contains(false);
    assertThat(first.onVacation()).contains(false);
    assertThat(first.isAdhoc()).contains(true);
    Checkin second = checkins.get(1);
    assertThat(second.apiId()).isEqualTo("580:c9b26b5e-f9b5-4b5f-8525-5b706ce891ba");
    assertThat(second.deadlineDate())
        .contains(OffsetDateTime.of(2025, 4, 11, 12, 0, 0, 0, ZoneOffset.ofHours(1)));
    assertThat(second.submissionDate())
        .contains(OffsetDateTime.of(2025, 4, 11, 12, 19, 0, 405_628_000, ZoneOffset.ofHours(1)));
    assertThat(second.overdue()).contains(false);
    assertThat(second.onVacation()).contains(false);
    assertThat(second.isAdhoc()).contains(false);
  }

  @Test
  void everyFilterIsSentUnderItsDocumentedName() throws Exception {
    server.enqueue(json(Fixtures.read("perform/checkins.json")));
    CheckinQuery query =
        CheckinQuery.builder()
            .dateFrom(LocalDate.of(2025, 1, 1))
            .dateTo(LocalDate.of(2025, 3, 31))
            .department("R&D / Labs")
            .managerEmail("jo+boss@test.com")
            .managerName("Joanne Stefani")
            .personEmail("mtest@test.com")
            .personName("Michael Test")
            .build();
    try (PerformClient client = TestServers.client(server)) {
      client.checkins().list(query, 50).toList();
    }

    HttpUrl url = server.takeRequest().getUrl();
    assertThat(url.encodedPath()).isEqualTo("/api/v2/checkins/");
    assertThat(url.queryParameterNames())
        .containsExactly(
            "date_from", "date_to", "department", "manager_email", "manager_name", "person_email",
            "person_name", "limit", "offset");
    assertThat(url.queryParameter("date_from")).isEqualTo("2025-01-01");
    assertThat(url.queryParameter("date_to")).isEqualTo("2025-03-31");
    assertThat(url.queryParameter("department")).isEqualTo("R&D / Labs");
    assertThat(url.queryParameter("manager_email")).isEqualTo("jo+boss@test.com");
    assertThat(url.queryParameter("manager_name")).isEqualTo("Joanne Stefani");
    assertThat(url.queryParameter("person_email")).isEqualTo("mtest@test.com");
    assertThat(url.queryParameter("person_name")).isEqualTo("Michael Test");
    assertThat(url.queryParameter("limit")).isEqualTo("50");
    assertThat(url.queryParameter("offset")).isEqualTo("0");
    // '&' and '+' are escaped, so they cannot split a value or turn into a space.
    assertThat(url.encodedQuery()).contains("department=R%26D%20%2F%20Labs").contains("manager_email=jo%2Bboss%40test.com");
  }

  @Test
  void listWithoutFiltersSendsOnlyPaging() throws Exception {
    server.enqueue(json(Fixtures.read("perform/checkins.json")));
    try (PerformClient client = TestServers.client(server)) {
      assertThat(client.checkins().list()).hasSize(2);
    }
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v2/checkins/?limit=100&offset=0");
  }

  @Test
  void pageAndAsyncVariantsSendTheQuery() throws Exception {
    server.enqueue(json(Fixtures.read("perform/checkins.json")));
    server.enqueue(json(Fixtures.read("perform/checkins.json")));
    server.enqueue(json(Fixtures.read("perform/checkins.json")));
    CheckinQuery query = CheckinQuery.builder().personEmail("mtest@test.com").build();
    try (PerformClient client = TestServers.client(server)) {
      CheckinPage page = client.checkins().listPage(query, 2, 4);
      assertThat(page.count()).isEqualTo(2);
      assertThat(page.next()).isEmpty();
      assertThat(page.previous()).isEmpty();
      assertThat(page.results()).containsExactly(DocsExamples.firstCheckin(), DocsExamples.secondCheckin());
      assertThat(client.checkins().listPageAsync(query, 3, 6).get().results()).hasSize(2);
      assertThat(client.checkins().listPageAsync(query, 9, 0).get().results())
          .containsExactly(DocsExamples.firstCheckin(), DocsExamples.secondCheckin());
    }
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v2/checkins/?person_email=mtest%40test.com&limit=2&offset=4");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v2/checkins/?person_email=mtest%40test.com&limit=3&offset=6");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v2/checkins/?person_email=mtest%40test.com&limit=9&offset=0");
  }

  @Test
  void getEncodesTheIdAndDecodesTheDocsExampleWithItsResponses() throws Exception {
    server.enqueue(json(Fixtures.read("perform/checkin.json")));
    CheckinDetail checkin;
    try (PerformClient client = TestServers.client(server)) {
      checkin = client.checkins().get(DocsExamples.CHECKIN_ID);
    }

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/api/v2/checkins/" + DocsExamples.CHECKIN_ID_ENCODED + "/");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo(BASIC_AUTH);
    assertThat(checkin).isEqualTo(DocsExamples.checkinDetail());

    assertThat(checkin.apiId()).isEqualTo("580:ce417c60-30ca-4e39-967e-b258d496be30");
    assertThat(checkin.deadlineDate()).contains(OffsetDateTime.parse("2025-04-12T00:59:59+01:00"));
    assertThat(checkin.submissionDate()).contains(OffsetDateTime.parse("2025-04-11T12:06:00.882601+01:00"));
    assertThat(checkin.overdue()).contains(false);
    assertThat(checkin.onVacation()).contains(false);
    assertThat(checkin.isAdhoc()).contains(true);
    assertThat(checkin.responses()).hasSize(1);
    CheckinResponse response = checkin.responses().get(0);
    assertThat(response.apiId()).isEqualTo("580:62a8f61c-88ba-40b6-816a-bf2625db106a");
    assertThat(response.responseDate())
        .contains(OffsetDateTime.of(2025, 4, 11, 12, 6, 1, 46_509_000, ZoneOffset.ofHours(1)));
    assertThat(response.personName()).contains("Michael Test");
    assertThat(response.personApiId()).contains("580:f88ab8b9-4e41-4025-ad77-519006ba855f");
    assertThat(response.personEmail()).contains("mtest@test.com");
    assertThat(response.personDepartment()).contains("Research and Development");
    assertThat(response.personProperties()).isEmpty();
  }

  @Test
  void getAsyncSendsTheSameRequest() throws Exception {
    server.enqueue(json(Fixtures.read("perform/checkin.json")));
    try (PerformClient client = TestServers.client(server)) {
      assertThat(client.checkins().getAsync(DocsExamples.CHECKIN_ID).get()).isEqualTo(DocsExamples.checkinDetail());
    }
    RecordedRequest request = server.takeRequest();
    assertThat(request.getTarget()).isEqualTo("/api/v2/checkins/" + DocsExamples.CHECKIN_ID_ENCODED + "/");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo(BASIC_AUTH);
  }

  @Test
  void personPropertiesAreNameValuePairs() {
    server.enqueue(
        json(
            "{\"api_id\":\"580:c\",\"responses\":[{\"api_id\":\"580:r\",\"person_properties\":"
                + "[{\"name\":\"Role\",\"value\":\"Engineer\"},{\"name\":\"Site\",\"value\":null}]}]}"));
    CheckinDetail checkin;
    try (PerformClient client = TestServers.client(server)) {
      checkin = client.checkins().get("580:c");
    }
    assertThat(checkin.responses().get(0).personProperties())
        .containsExactly(
            PersonProperty.builder().name("Role").value("Engineer").build(),
            PersonProperty.builder().name("Site").build());
  }
}
