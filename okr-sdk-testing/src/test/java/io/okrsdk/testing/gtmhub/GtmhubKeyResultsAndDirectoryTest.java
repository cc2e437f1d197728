package io.okrsdk.testing.gtmhub;

import static io.okrsdk.testing.FakeGtmhubServer.CURRENT_SESSION_ID;
import static io.okrsdk.testing.FakeGtmhubServer.PAST_SESSION_ID;
import static io.okrsdk.testing.FakeGtmhubServer.SALES_TEAM_ID;
import static io.okrsdk.testing.FakeGtmhubServer.SEEDED_APPROVED_GOAL_ID;
import static io.okrsdk.testing.FakeGtmhubServer.USER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.BadRequestException;
import io.okrsdk.core.NotFoundException;
import io.okrsdk.gtmhub.GtmhubClient;
import io.okrsdk.gtmhub.model.Goal;
import io.okrsdk.gtmhub.model.Metric;
import io.okrsdk.gtmhub.model.MetricCheckin;
import io.okrsdk.gtmhub.model.MetricList;
import io.okrsdk.gtmhub.model.MetricValue;
import io.okrsdk.gtmhub.model.MetricValueHistory;
import io.okrsdk.gtmhub.model.Session;
import io.okrsdk.gtmhub.model.Team;
import io.okrsdk.gtmhub.model.User;
import io.okrsdk.gtmhub.query.Fields;
import io.okrsdk.gtmhub.query.Filter;
import io.okrsdk.gtmhub.query.ListQuery;
import io.okrsdk.gtmhub.query.Sort;
import io.okrsdk.testing.FakeGtmhubServer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The fake's metric, session, user and team endpoints, called by the real client. */
@Timeout(20)
class GtmhubKeyResultsAndDirectoryTest {
  @RegisterExtension
  final FakeGtmhubServer gtmhub =
      new FakeGtmhubServer(Clock.fixed(Instant.parse("2024-05-15T12:00:00Z"), ZoneOffset.UTC)).withGeneratedGoals(30);

  @Test
  void metricsListFiltersSortsProjectsAndPages(GtmhubClient client) {
    List<Metric> all = client.metrics().list(ListQuery.builder().pageSize(7).build()).stream().collect(Collectors.toList());
    MetricList page = client.metrics().listPage(ListQuery.all(), 0, 100);
    assertThat(all).hasSize(page.totalCount().orElseThrow().intValue());
    assertThat(all).allSatisfy(m -> assertThat(m.goalId()).isPresent());

    List<Metric> ofGoal = client.metrics().list(ListQuery.builder()
        .filter(Filter.eq("goalId", SEEDED_APPROVED_GOAL_ID))
        .sort(Sort.descending("attainment"))
        .fields(Fields.of("name", "attainment"))
        .build()).stream().collect(Collectors.toList());
    assertThat(ofGoal).isNotEmpty();
    assertThat(ofGoal).allSatisfy(m -> {
      assertThat(m.name()).isPresent();
      assertThat(m.goalId()).as("projected out").isEmpty();
    });
    assertThat(ofGoal).extracting(m -> m.attainment().orElse(0.0)).isSortedAccordingTo((a, b) -> Double.compare(b, a));
  }

  @Test
  void checkInChangesTheMetricTheGoalAndTheHistory(GtmhubClient client) {
    Goal goal = client.goals().get(SEEDED_APPROVED_GOAL_ID);
    Metric metric = goal.metrics().get(0);
    String id = metric.id().orElseThrow();
    BigDecimal target = metric.target().orElseThrow();
    int before = client.metrics().values(id).items().size();

    client.metrics().checkIn(id, MetricCheckin.builder().actual(target).comment("Reached").confidence(0.9).build());

    Metric after = client.metrics().get(id);
    assertThat(after.actual()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo(target));
    assertThat(after.attainment()).contains(1.0);
    assertThat(after.confidence()).hasValueSatisfying(c -> {
      assertThat(c.value()).contains(0.9);
      assertThat(c.reason()).contains("Reached");
      assertThat(c.userId()).contains(USER_ID);
    });
    MetricValueHistory history = client.metrics().values(id);
    assertThat(history.items()).hasSize(before + 1);
    MetricValue last = history.items().get(history.items().size() - 1);
    assertThat(last.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(target));
    assertThat(last.comment()).contains("Reached");
    assertThat(client.goals().get(SEEDED_APPROVED_GOAL_ID).attainment().orElseThrow())
        .isGreaterThanOrEqualTo(goal.attainment().orElseThrow());
  }

  @Test
  void valuesAreWindowedByDate(GtmhubClient client) {
    String id = client.metrics().listPage(ListQuery.all(), 0, 1).items().get(0).id().orElseThrow();
    client.metrics().checkIn(id, MetricCheckin.builder().actual(BigDecimal.ONE)
        .checkInDate(java.time.OffsetDateTime.parse("2024-05-10T10:00:00Z")).build());

    MetricValueHistory day = client.metrics().values(id, LocalDate.of(2024, 5, 10), LocalDate.of(2024, 5, 10));

    assertThat(day.items()).isNotEmpty();
    assertThat(day.items()).allSatisfy(v -> assertThat(v.date()).hasValueSatisfying(d -> assertThat(d).startsWith("2024-05-10")));
  }

  @Test
  void checkInRefusalsAreTheServicesErrors(GtmhubClient client) {
    assertThatThrownBy(() -> client.metrics().checkIn("64b7f3a2c9e1d40001a7ffff", MetricCheckin.builder().actual(BigDecimal.ONE).build()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> client.metrics().values("64b7f3a2c9e1d40001a7ffff"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> client.metrics().get("64b7f3a2c9e1d40001a7ffff"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aCheckInWithoutANumericActualIsABadRequest(GtmhubClient client) throws Exception {
    String id = client.metrics().listPage(ListQuery.all(), 0, 1).items().get(0).id().orElseThrow();
    okhttp3.OkHttpClient http = new okhttp3.OkHttpClient();

    for (String body : List.of("{\"comment\":\"no value\"}", "{\"actual\":\"7\"}", "[1]", "{\"actual\":1,\"confidence\":\"high\"}")) {
      okhttp3.Request request = new okhttp3.Request.Builder()
          .url(gtmhub.apiBaseUrl() + "api/v1/metrics/" + id + "/checkin")
          .header("Authorization", "Bearer " + FakeGtmhubServer.TOKEN)
          .header("gtmhub-accountId", FakeGtmhubServer.ACCOUNT_ID)
          .post(okhttp3.RequestBody.create(body, okhttp3.MediaType.get("application/json")))
          .build();
      int status;
      try (okhttp3.Response response = http.newCall(request).execute()) {
        status = response.code();
      }
      assertThat(status).as(body).isEqualTo(400);
    }
    assertThat(client.metrics().values(id).items()).hasSize(2);
  }

  @Test
  void sessionsAreTheThreeQuarters(GtmhubClient client) {
    List<Session> sessions = client.sessions().list(ListQuery.builder().sort(Sort.raw("start")).build())
        .stream().collect(Collectors.toList());

    assertThat(sessions).extracting(s -> s.title().orElse("?")).containsExactly("Q1 2024", "Q2 2024", "Q3 2024");
    assertThat(sessions.get(0).status()).contains("archived");
    Session current = client.sessions().get(CURRENT_SESSION_ID);
    assertThat(current.status()).contains("open");
    assertThat(current.start()).isPresent();
    assertThat(client.sessions().listPage(ListQuery.builder().filter(Filter.eq("status", "open")).build(), 0, 10)
        .totalCount()).contains(2L);
    assertThat(client.sessions().get(PAST_SESSION_ID).title()).contains("Q1 2024");
    assertThatThrownBy(() -> client.sessions().get("nope")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void usersAndTeamsAreTheOwnersIdsPointTo(GtmhubClient client) {
    List<User> users = client.users().list(ListQuery.builder().pageSize(4).build()).stream().collect(Collectors.toList());
    assertThat(users).hasSize(6);
    assertThat(client.users().get(USER_ID).label()).contains("Dana Whitfield");
    assertThat(client.users().listPage(ListQuery.all(), 2, 3).items()).hasSize(3);

    List<Team> teams = client.teams().list(ListQuery.builder().sort(Sort.raw("name")).build()).stream().collect(Collectors.toList());
    assertThat(teams).extracting(t -> t.name().orElse("?"))
        .containsExactly("Customer Success", "Platform Engineering", "Sales EMEA");
    Team sales = client.teams().get(SALES_TEAM_ID);
    assertThat(sales.members()).contains(USER_ID);
    assertThatThrownBy(() -> client.teams().get(USER_ID)).as("a user is not a team").isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> client.users().get(SALES_TEAM_ID)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void aMalformedFilterIsABadRequest(GtmhubClient client) {
    assertThatThrownBy(() -> client.metrics().listPage(ListQuery.builder().filter(Filter.raw("{name: ")).build(), 0, 10))
        .isInstanceOf(BadRequestException.class);
  }
}
