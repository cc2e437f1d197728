package io.okrsdk.testing.ogsm;

import io.okrsdk.core.testsupport.RecordingSleeper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.okrsdk.core.OkrDecodingException;
import io.okrsdk.core.OkrNetworkException;
import io.okrsdk.core.ServerErrorException;
import io.okrsdk.ogsm.OgsmClient;
import io.okrsdk.testing.FakeOgsmServer;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The real client's retry and error rules against the fake's faults: listings recover from
 * transient errors without real sleeping, creates are never sent twice, broken bodies are decoding
 * errors.
 */
class FakeOgsmFaultsTest {
  private static final LocalDate AT = LocalDate.of(2024, 10, 9);
  private static final BigDecimal VALUE = new BigDecimal("45.6");

  @RegisterExtension final FakeOgsmServer ogsm = new FakeOgsmServer();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private OgsmClient client;

  @BeforeEach
  void setUp() {
    client = ogsm.clientBuilder().sleeper(sleeper).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @Test
  void twoServiceUnavailableAnswersOnAListingAreRetriedAfterTheAnnouncedWait() {
    ogsm.faults().failNext(2, 503, Duration.ofSeconds(1));

    assertThat(client.goals().listAll()).containsExactly(OgsmExamples.goal());

    assertThat(ogsm.requestCount()).isEqualTo(3);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
  }

  @Test
  void rateLimitedListingsAreRetriedToo() {
    ogsm.faults().failNext(1, 429, Duration.ofSeconds(2));

    assertThat(client.kpis().listAll()).hasSize(1);

    assertThat(ogsm.requestCount()).isEqualTo(2);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void moreFailuresThanRetriesReachTheCaller() {
    ogsm.faults().failNext(3, 503, Duration.ofSeconds(1));

    assertThatThrownBy(() -> client.goals().listAll())
        .isInstanceOfSatisfying(ServerErrorException.class, e -> assertThat(e.statusCode()).isEqualTo(503));
    assertThat(ogsm.requestCount()).isEqualTo(3);
  }

  @Test
  void aDroppedConnectionOnAListingIsRetried() {
    ogsm.faults().dropNext(1);

    assertThat(client.strategies().listAll()).hasSize(1);

    assertThat(ogsm.requestCount()).isEqualTo(2);
  }

  @Test
  void aCreateMeeting503IsReportedSentOnceAndNotRecorded() {
    ogsm.faults().failNext(1, 503, Duration.ofSeconds(1));

    assertThatThrownBy(() -> client.goalMeasurements().create(OgsmExamples.ID, AT, VALUE))
        .isInstanceOfSatisfying(ServerErrorException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(503);
          assertThat(e.method()).isEqualTo("POST");
        });

    assertThat(ogsm.requestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
    assertThat(ogsm.store().goalMeasurements()).containsExactly(OgsmExamples.goalMeasurement());
  }

  @Test
  void aCreateWhoseConnectionDropsIsReportedAndSentOnce() {
    ogsm.faults().dropNext(1);

    assertThatThrownBy(() -> client.kpiMeasurements().create(OgsmExamples.ID, AT, VALUE))
        .isInstanceOfSatisfying(OkrNetworkException.class, e -> assertThat(e.method()).isEqualTo("POST"));

    assertThat(ogsm.requestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void anAsyncCreateMeeting503IsSentOnce() {
    ogsm.faults().failNext(1, 503, null);

    assertThat(client.goalMeasurements().createAsync(OgsmExamples.ID, AT, VALUE).handle((ok, failure) -> failure).join())
        .isInstanceOf(ServerErrorException.class);
    assertThat(ogsm.requestCount()).isEqualTo(1);
  }

  @Test
  void aTruncatedListIsADecodingError() {
    ogsm.faults().truncateNext(1);

    assertThatThrownBy(() -> client.goals().listAll()).isInstanceOf(OkrDecodingException.class);
    assertThat(ogsm.requestCount()).isEqualTo(1);
  }

  @Test
  void aMalformedListIsADecodingError() {
    ogsm.faults().malformNext(1);

    assertThatThrownBy(() -> client.actions().listAll()).isInstanceOf(OkrDecodingException.class);
  }

  @Test
  void aTruncatedCreateAnswerIsADecodingErrorThoughTheMeasurementWasRecorded() {
    ogsm.faults().truncateNext(1);

    assertThatThrownBy(() -> client.goalMeasurements().create(OgsmExamples.ID, AT, VALUE))
        .isInstanceOf(OkrDecodingException.class);
    assertThat(ogsm.store().goalMeasurements()).hasSize(2);
  }

  @Test
  void afterTheFaultsTheFakeAnswersNormally() {
    ogsm.faults().malformNext(1);
    assertThatThrownBy(() -> client.goals().listAll()).isInstanceOf(OkrDecodingException.class);

    assertThat(client.goals().listAll()).containsExactly(OgsmExamples.goal());
  }

  @Test
  void latencyDelaysAnswersWithoutFailingThem() {
    ogsm.faults().latency(Duration.ofMillis(50));

    long start = System.nanoTime();
    assertThat(client.objectives().listAll()).hasSize(1);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(50));
  }
}
