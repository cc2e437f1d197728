package io.okrsdk.ogsm;

import static io.okrsdk.ogsm.OgsmTesting.ASYNC_WAIT;
import static io.okrsdk.ogsm.OgsmTesting.clientFor;
import static io.okrsdk.ogsm.OgsmTesting.json;
import static io.okrsdk.ogsm.OgsmTesting.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.NotFoundException;
import io.okrsdk.core.UnauthorizedException;
import io.okrsdk.core.UnprocessableEntityException;
import io.okrsdk.core.testsupport.RecordingSleeper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Error statuses surface as the core's exception types, sync and async, without secrets. */
class ErrorMappingTest {
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
  void unauthorizedListing() {
    server.enqueue(json(401, "{\"error\": \"Invalid credentials\"}"));

    assertThatThrownBy(() -> client.goals().listAll())
        .isInstanceOfSatisfying(UnauthorizedException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(401);
          assertThat(e.method()).isEqualTo("GET");
          assertThat(e.url()).endsWith("/api/v2/goals.json");
          assertThat(e.errorBody()).contains("Invalid credentials");
        })
        .hasMessageNotContaining(OgsmTesting.PASSWORD)
        .hasMessageNotContaining(OgsmTesting.BASIC_AUTH);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void notFoundListingThroughTheLazyIterable() {
    // For example an environment without API access, or a subdomain that does not exist.
    server.enqueue(status(404));

    assertThatThrownBy(() -> client.actions().list().iterator().hasNext())
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.statusCode()).isEqualTo(404));
  }

  @Test
  void asyncListingFailsWithTheSameType() {
    server.enqueue(status(401));

    assertThatThrownBy(() -> client.kpis().listAllAsync().get(ASYNC_WAIT.toSeconds(), TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(UnauthorizedException.class);
  }

  @Test
  void rejectedCreateCarriesTheServersReason() {
    server.enqueue(json(422, "{\"at\": [\"can't be blank\"]}"));
    server.enqueue(status(404));

    assertThatThrownBy(() -> client.goalMeasurements().create(123, LocalDate.of(2024, 1, 1), BigDecimal.TEN))
        .isInstanceOfSatisfying(UnprocessableEntityException.class, e -> {
          assertThat(e.method()).isEqualTo("POST");
          assertThat(e.errorBody()).contains("can't be blank");
        });
    assertThatThrownBy(() -> client.kpiMeasurements().create(999, LocalDate.of(2024, 1, 1), BigDecimal.TEN))
        .isInstanceOf(NotFoundException.class);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }
}
