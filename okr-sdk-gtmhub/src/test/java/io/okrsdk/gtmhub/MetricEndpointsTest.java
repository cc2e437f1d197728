package io.okrsdk.gtmhub;

import io.okrsdk.gtmhub.query.Formatting;
import io.okrsdk.gtmhub.query.Sort;
import io.okrsdk.gtmhub.query.Fields;
import static io.okrsdk.gtmhub.TestClients.assertCredentials;
import static io.okrsdk.gtmhub.TestClients.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.NotFoundException;
import io.okrsdk.core.testsupport.Fixtures;
import io.okrsdk.gtmhub.model.Metric;
import io.okrsdk.gtmhub.model.MetricCheckin;
import io.okrsdk.gtmhub.model.MetricList;
import io.okrsdk.gtmhub.model.MetricValueHistory;
import io.okrsdk.gtmhub.query.Filter;
import io.okrsdk.gtmhub.query.ListQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

/** The metric (key result) endpoints: exact requests and decoding of fixtures written from the field lists. */
@Timeout(10)
class MetricEndpointsTest {
  private static final String METRIC_ID = "6138969ab6adf10001fc33a1";

  @StartStop private final MockWebServer server = new MockWebServer();
  private GtmhubClient client;

  @BeforeEach
  void setUp() {
    client = TestClients.client(server);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @Test
  void listSendsTheSameQueryAsGoalsOnV2Metrics() throws Exception {
    server.enqueue(json(200, Fixtures.read("gtmhub/metrics-page.json")));
    ListQuery query = ListQuery.builder()
        .fields(Fields.raw("name,description"))
        .sort(Sort.raw("-name,dateCreated"))
        .filter(Filter.raw("{name: {$in: [\"sales\", \"marketing\"]}}"))
        .formatting(Formatting.PLAIN_TEXT)
        .build();

    MetricList page = client.metrics().listPage(query, 5, 10);

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget())
        .isEqualTo("/api/v2/metrics?fields=name%2Cdescription&sort=-name%2CdateCreated"
            + "&filter=%7Bname%3A%20%7B%24in%3A%20%5B%22sales%22%2C%20%22marketing%22%5D%7D%7D"
            + "&skip=5&limit=10&formatting=plainText");
    assertThat(request.getBody()).isNull();
    assertCredentials(request);
    assertThat(page.totalCount()).contains(5L);
    Metric first = page.items().get(0);
    assertThat(first.name()).contains("Close 12 enterprise deals");
    assertThat(first.actual()).contains(new BigDecimal("7"));
    assertThat(first.goalId()).contains("6138969ab6adf10001fc329c");
    assertThat(first.confidence().flatMap(c -> c.value())).contains(0.8);
    assertThat(first.dueDateIfSet()).isEmpty();
    assertThat(page.items().get(1).target()).contains(new BigDecimal("2"));
  }

  @Test
  void listWalksEveryPageWithSkipAndLimit() throws Exception {
    server.enqueue(json(200, "{\"items\":[{\"id\":\"m1\"},{\"id\":\"m2\"}],\"totalCount\":3}"));
    server.enqueue(json(200, "{\"items\":[{\"id\":\"m3\"}],\"totalCount\":3}"));

    List<Metric> all = client.metrics()
        .list(ListQuery.builder().filter(Filter.eq("goalId", "g1")).pageSize(2).build())
        .stream()
        .collect(java.util.stream.Collectors.toList());

    assertThat(all).extracting(m -> m.id().orElse("?")).containsExactly("m1", "m2", "m3");
    RecordedRequest first = server.takeRequest();
    assertThat(first.getUrl().queryParameter("filter")).isEqualTo("{\"goalId\":\"g1\"}");
    assertThat(first.getUrl().queryParameter("skip")).isEqualTo("0");
    assertThat(first.getUrl().queryParameter("limit")).isEqualTo("2");
    RecordedRequest second = server.takeRequest();
    assertThat(second.getUrl().queryParameter("skip")).isEqualTo("2");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void getReadsOneMetricOnV1() throws Exception {
    server.enqueue(json(200, Fixtures.read("gtmhub/metric.json")));

    Metric metric = client.metrics().get(METRIC_ID);

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/api/v1/metrics/" + METRIC_ID);
    assertCredentials(request);
    assertThat(metric.id()).contains(METRIC_ID);
    assertThat(metric.sessionId()).contains("5f7c1a2b3c4d5e0001a75002");
  }

  @Test
  void getEncodesAnIdWithSlashesAsOneSegment() throws Exception {
    server.enqueue(json(200, "{}"));

    client.metrics().get("a/b c");

    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v1/metrics/a%2Fb%20c");
  }

  @Test
  void checkInPostsValueCommentConfidenceAndDate() throws Exception {
    server.enqueue(json(200, "{\"id\":\"" + METRIC_ID + "\",\"actual\":8}"));

    client.metrics().checkIn(METRIC_ID, MetricCheckin.builder()
        .actual(new BigDecimal("8"))
        .comment("One more deal: \"ACME\"")
        .confidence(0.7)
        .checkInDate(OffsetDateTime.of(2024, 3, 11, 9, 0, 0, 0, ZoneOffset.UTC))
        .build());

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/api/v1/metrics/" + METRIC_ID + "/checkin");
    assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(request.getBody().utf8()).isEqualTo(
        "{\"actual\":8,\"comment\":\"One more deal: \\\"ACME\\\"\",\"confidence\":0.7,"
            + "\"checkInDate\":\"2024-03-11T09:00:00Z\"}");
    assertCredentials(request);
  }

  @Test
  void checkInWithOnlyTheValueSendsOnlyTheValue() throws Exception {
    server.enqueue(new MockResponse.Builder().code(204).build());

    client.metrics().checkInAsync(METRIC_ID, MetricCheckin.builder().actual(new BigDecimal("0.25")).build())
        .get(5, TimeUnit.SECONDS);

    assertThat(server.takeRequest().getBody().utf8()).isEqualTo("{\"actual\":0.25}");
  }

  @Test
  void checkInOnAnUnknownMetricIsNotFoundAndIsNotRetried() {
    server.enqueue(json(404, "{\"error\":\"metric not found\"}"));

    assertThatThrownBy(() -> client.metrics().checkIn("missing", MetricCheckin.builder().actual(BigDecimal.ONE).build()))
        .isInstanceOf(NotFoundException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void checkInRefusesABlankIdBeforeSending() {
    assertThatThrownBy(() -> client.metrics().checkIn(" ", MetricCheckin.builder().actual(BigDecimal.ONE).build()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.metrics().checkInAsync(null, MetricCheckin.builder().actual(BigDecimal.ONE).build()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void valuesSendsTheDateWindowAsPlainDates() throws Exception {
    server.enqueue(json(200, "{\"items\":[{\"date\":\"2024-03-01T00:00:00Z\",\"value\":5,\"comment\":\"start\"},"
        + "{\"date\":\"2024-03-08\",\"value\":7}],\"totalCount\":2}"));

    MetricValueHistory history = client.metrics().values(METRIC_ID, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 14));

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/api/v1/metrics/" + METRIC_ID + "/values?from=2024-03-01&to=2024-03-14");
    assertCredentials(request);
    assertThat(history.items()).extracting(v -> v.value().orElse(null))
        .containsExactly(new BigDecimal("5"), new BigDecimal("7"));
    assertThat(history.items().get(0).comment()).contains("start");
    assertThat(history.items().get(1).dateTime())
        .contains(OffsetDateTime.of(2024, 3, 8, 0, 0, 0, 0, ZoneOffset.UTC));
  }

  @Test
  void valuesWithoutWindowSendsNoQuery() throws Exception {
    server.enqueue(json(200, "[]"));

    MetricValueHistory history = client.metrics().valuesAsync(METRIC_ID).get(5, TimeUnit.SECONDS);

    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v1/metrics/" + METRIC_ID + "/values");
    assertThat(history.items()).isEmpty();
  }

  @Test
  void valuesReadsEveryShapePublicClientsAccept() {
    server.enqueue(json(200, "[{\"createdDate\":\"2024-03-01T10:00:00Z\",\"value\":1}]"));
    server.enqueue(json(200, "{\"values\":[{\"timestamp\":\"2024-03-02T10:00:00Z\",\"value\":2}]}"));
    server.enqueue(json(200, "{\"data\":[{\"date\":\"2024-03-03\",\"progress\":0.3,\"extra\":true}]}"));
    server.enqueue(json(200, "{\"items\":[{\"date\":\"not a date\",\"value\":4}]}"));

    MetricValueHistory array = client.metrics().values(METRIC_ID);
    MetricValueHistory values = client.metrics().values(METRIC_ID);
    MetricValueHistory data = client.metrics().values(METRIC_ID);
    MetricValueHistory odd = client.metrics().values(METRIC_ID);

    assertThat(array.items().get(0).date()).contains("2024-03-01T10:00:00Z");
    assertThat(values.items().get(0).date()).contains("2024-03-02T10:00:00Z");
    assertThat(data.items().get(0).progress()).contains(0.3);
    assertThat(odd.items().get(0).value()).contains(new BigDecimal("4"));
    assertThat(odd.items().get(0).dateTime()).isEmpty();
  }

  @Test
  void valuesRefusesAWindowThatEndsBeforeItStarts() {
    assertThatThrownBy(() -> client.metrics().values(METRIC_ID, LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("after");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void listPageRefusesANegativeSkipBeforeSending() {
    assertThatThrownBy(() -> client.metrics().listPage(ListQuery.all(), -1, 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.metrics().listPageAsync(ListQuery.all(), 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }
}
